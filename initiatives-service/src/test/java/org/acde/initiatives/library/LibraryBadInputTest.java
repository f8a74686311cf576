package org.acde.initiatives.library;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.library.LibraryFixtures.ITEMS;
import static org.acde.initiatives.library.LibraryFixtures.count;
import static org.acde.initiatives.library.LibraryFixtures.create;
import static org.acde.initiatives.library.LibraryFixtures.created;
import static org.acde.initiatives.library.LibraryFixtures.etag;
import static org.acde.initiatives.library.LibraryFixtures.item;
import static org.acde.initiatives.library.LibraryFixtures.update;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import org.acde.initiatives.initiative.Fixtures;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Each bad input of a library write: a problem+json 4xx naming the field, and nothing written. */
@QuarkusTest
class LibraryBadInputTest {

    /** Sends a valid body bent by {@code change} and checks it is refused, naming {@code field}, with no row written. */
    private static ValidatableResponse refused(Consumer<Map<String, Object>> change, int status, String field) {
        Map<String, Object> body = item("VN", Fixtures.uniqueTag(), "CN");
        change.accept(body);
        long before = count();
        ValidatableResponse response = create(Tokens.agency("VN"), body).then().log().ifValidationFails()
                .statusCode(status).contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(count()).isEqualTo(before);
        return response;
    }

    private static void refusedRaw(String json, int status) {
        long before = count();
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body(json).post(ITEMS).then()
                .statusCode(status).contentType("application/problem+json");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void malformedJson() {
        refusedRaw("{\"title\": \"Unclosed", 400);
        refusedRaw("[]", 400);
    }

    @Test
    void wrongTypes() {
        refused(body -> body.put("parties", "VN"), 400, "parties");
        refused(body -> body.put("publicationDate", 20250630), 400, "publicationDate");
        refused(body -> body.put("title", List.of("a")), 400, "title");
        refused(body -> body.put("relatedInitiatives", List.of("not-a-uuid")), 400, "relatedInitiatives[0]");
    }

    @Test
    void unknownCodes() {
        refused(body -> body.put("documentType", "MEMO"), 400, "documentType");
        refused(body -> body.put("measure", "VIII"), 400, "measure");
        refused(body -> body.put("subAreas", List.of("NOT_A_SUB_AREA")), 400, "subAreas[0]");
        refused(body -> body.put("parties", List.of("VN", "US")), 400, "parties[1]");
    }

    @Test
    void fieldsThatDoNotFitTogether() {
        refused(body -> body.put("subAreas", List.of("TRUSTED_DIGITAL_ECOSYSTEM", "FIVE_G")), 400, "subAreas[1]")
                .body("errors[0].message", is("FIVE_G is not a sub-area of measure I; see /api/v1/reference/measures"));
        refused(body -> body.put("parties", List.of("VN", "CN", "VN")), 400, "parties[2]");
        String initiative = Fixtures.inStatus(Fixtures.initiative("VN", Fixtures.uniqueTag()), "ENDORSED");
        refused(body -> body.put("relatedInitiatives", List.of(initiative, initiative)), 400, "relatedInitiatives[1]");
    }

    @Test
    void unknownFieldsAndServerOwnedOnes() {
        refused(body -> body.put("colour", "blue"), 400, "colour");
        refused(body -> body.put("status", "PUBLISHED"), 400, "status");
        refused(body -> body.put("publishedAt", "2026-01-01T00:00:00Z"), 400, "publishedAt");
        refused(body -> body.put("id", UUID.randomUUID().toString()), 400, "id");
    }

    @Test
    void missingRequiredFields() {
        for (String field : List.of("title", "summary", "documentType", "measure", "parties", "language",
                "publicationDate", "url")) {
            refused(body -> body.remove(field), 400, field);
        }
        refused(body -> body.put("parties", List.of()), 400, "parties");
        refused(body -> body.put("title", "  "), 400, "title");
    }

    @Test
    void tooLong() {
        refused(body -> body.put("title", "x".repeat(301)), 400, "title");
        refused(body -> body.put("summary", "x".repeat(4001)), 400, "summary");
        refused(body -> body.put("licence", "x".repeat(101)), 400, "licence");
        refused(body -> body.put("relatedInitiatives", Collections.nCopies(21, UUID.randomUUID().toString())), 400,
                "relatedInitiatives");
        refused(body -> body.put("url", "https://example.org/" + "x".repeat(2000)), 400, "url");
    }

    @Test
    void badLanguagesDatesAndLinks() {
        for (String language : List.of("english", "e", "en_GB", "en-a1", "<script>")) {
            refused(body -> body.put("language", language), 400, "language");
        }
        refused(body -> body.put("publicationDate", "2025-02-30"), 400, "publicationDate");
        for (String url : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "not a url",
                "https://user:pw@example.org/x")) {
            refused(body -> body.put("url", url), 400, "url");
        }
    }

    @Test
    void relatedInitiativesMustExistAndBeVisible() {
        String unknown = UUID.randomUUID().toString();
        refused(body -> body.put("relatedInitiatives", List.of(unknown)), 422, "relatedInitiatives[0]");
        // Another party's proposal is hidden from VN's agency: as if it did not exist.
        String hidden = Fixtures.created(Fixtures.initiative("MY", Fixtures.uniqueTag()));
        String visible = Fixtures.inStatus(Fixtures.initiative("MY", Fixtures.uniqueTag()), "ENDORSED");
        refused(body -> body.put("relatedInitiatives", List.of(visible, hidden)), 422, "relatedInitiatives[1]");

        // And on a replacement, nothing changes.
        String id = created(item("VN", Fixtures.uniqueTag()));
        Map<String, Object> body = item("VN", Fixtures.uniqueTag());
        body.put("relatedInitiatives", List.of(unknown));
        String before = etag(Tokens.agency("VN"), id);
        update(Tokens.agency("VN"), id, before, body).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("relatedInitiatives[0]"));
        assertThat(etag(Tokens.agency("VN"), id)).isEqualTo(before);
    }

    @Test
    void injectionStringsAreJustText() {
        String hostile = "'; DROP TABLE library_item; -- <script>alert(1)</script>";
        Map<String, Object> body = item("VN", Fixtures.uniqueTag());
        body.put("title", hostile);
        body.put("licence", "${jndi:ldap://example.org/a}");
        String id = created(body);
        given().auth().oauth2(Tokens.agency("VN")).get(ITEMS + "/" + id).then().statusCode(200)
                .body("title", is(hostile)).body("licence", is("${jndi:ldap://example.org/a}"));
        given().auth().oauth2(Tokens.secretariat()).queryParam("q", hostile).get(ITEMS).then().statusCode(200);
        given().queryParam("q", "!!! & | ( :*").get(ITEMS).then().statusCode(200);
    }

    @Test
    void badTransitions() {
        String id = created(item("VN", Fixtures.uniqueTag()));
        for (String json : List.of("{\"to\": \"ARCHIVED\", \"reason\": \"x\"}", "{\"to\": \"PUBLISHED\"}",
                "{\"to\": \"PUBLISHED\", \"reason\": \"x\", \"at\": \"now\"}")) {
            given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body(json)
                    .post(ITEMS + "/" + id + "/transitions").then().statusCode(400).contentType("application/problem+json");
        }
        given().auth().oauth2(Tokens.agency("VN")).get(ITEMS + "/" + id).then().body("status", is("DRAFT"));
    }

    @Test
    void badListParameters() {
        for (Map.Entry<String, String> bad : Map.of("documentType", "MEMO", "measure", "IX", "subArea", "FIVE",
                "party", "usa", "language", "en_GB", "status", "LIVE", "relatedInitiative", "42",
                "publishedFrom", "2025", "publishedTo", "soon", "sort", "url").entrySet()) {
            given().queryParam(bad.getKey(), bad.getValue()).get(ITEMS).then().statusCode(400)
                    .contentType("application/problem+json").body("errors[0].field", is(bad.getKey()));
        }
        given().queryParam("q", "x".repeat(201)).get(ITEMS).then().statusCode(400).body("errors[0].field", is("q"));
        given().queryParam("tag", "x").get(ITEMS).then().statusCode(400).body("errors[0].field", is("tag"));
    }
}
