package org.acde.initiatives.initiative;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.create;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import org.acde.testing.RawHttp;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Each bad input of the issue: a problem+json 4xx naming the field, and nothing written. */
@QuarkusTest
class InitiativeBadInputTest {

    private static long count() {
        return given().auth().oauth2(Tokens.secretariat()).queryParam("groupBy", "status").get("/api/v1/initiatives/stats")
                .then().statusCode(200).extract().jsonPath().getLong("total");
    }

    /** Sends a valid body bent by {@code change} and checks it is refused, naming {@code field}, with no row written. */
    private static ValidatableResponse refused(Consumer<Map<String, Object>> change, int status, String field) {
        Map<String, Object> body = initiative("VN", uniqueTag(), "CN");
        change.accept(body);
        long before = count();
        ValidatableResponse response = create(Tokens.agency("VN"), body).then().log().ifValidationFails()
                .statusCode(status).contentType("application/problem+json")
                .body("errors.field", hasItem(field));
        assertThat(count()).isEqualTo(before);
        return response;
    }

    @Test
    void unknownPartyCode() {
        refused(body -> body.put("participatingParties", List.of("VN", "US")), 400, "participatingParties[1]");
        refused(body -> body.put("leadParty", "XX"), 400, "leadParty");
    }

    @Test
    void unknownMeasureCode() {
        refused(body -> body.put("measure", "VIII"), 400, "measure");
    }

    @Test
    void subAreaNotOfTheMeasure() {
        refused(body -> body.put("subAreas", List.of("FIVE_G", "DIGITAL_LITERACY")), 400, "subAreas[1]")
                .body("errors[0].message", is("DIGITAL_LITERACY is not a sub-area of measure III; see /api/v1/reference/measures"));
    }

    @Test
    void leadNotAmongParticipants() {
        refused(body -> body.put("participatingParties", List.of("CN", "TH")), 400, "leadParty");
    }

    @Test
    void endBeforeStart() {
        refused(body -> {
            body.put("plannedStart", "2027-01-01");
            body.put("plannedEnd", "2026-12-31");
        }, 400, "plannedEnd");
    }

    @Test
    void duplicateParties() {
        refused(body -> body.put("participatingParties", List.of("VN", "CN", "VN")), 400, "participatingParties[2]");
    }

    @Test
    void nonHttpUrls() {
        for (String url : List.of("javascript:alert(1)", "file:///etc/passwd", "ftp://example.org/x", "http://", "not a url",
                "https://user:pw@example.org/x")) {
            refused(body -> body.put("documents", List.of(Map.of("title", "Doc", "url", url, "category", "MOU"))), 400,
                    "documents[0].url");
        }
    }

    @TestHTTPResource("/")
    URI initiatives;

    /** Refused as soon as the headers announce it: the 10 MB are never read. */
    @Test
    void tenMegabyteBody() throws Exception {
        long before = count();
        String response = RawHttp.exchange(initiatives, "POST /api/v1/initiatives HTTP/1.1\r\n"
                + "Authorization: Bearer " + Tokens.agency("VN") + "\r\nContent-Type: application/json\r\n"
                + "Content-Length: " + 10 * 1024 * 1024, "{\"title\":\"");
        assertThat(response).startsWith("HTTP/1.1 413").contains("application/problem+json")
                .contains("urn:acde:problem:body-too-large");
        assertThat(count()).isEqualTo(before);
    }

    /** A chunked body carries no length up front; it is cut off once it passes the limit. */
    @Test
    void oversizedChunkedBody() {
        Map<String, Object> body = initiative("VN", uniqueTag());
        body.put("summary", "x".repeat(300 * 1024));
        long before = count();
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON)
                .body(new java.io.ByteArrayInputStream(json(body))).post("/api/v1/initiatives")
                .then().statusCode(413);
        assertThat(count()).isEqualTo(before);
    }

    private static byte[] json(Map<String, Object> body) {
        try {
            return new ObjectMapper().writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void tooManyTags() {
        List<String> tags = new ArrayList<>(IntStream.range(0, 201).mapToObj(i -> "tag" + i).toList());
        refused(body -> body.put("tags", tags), 400, "tags");
        refused(body -> body.put("tags", List.of("same", "Same")), 400, "tags[1]");
        refused(body -> body.put("tags", List.of("<script>")), 400, "tags[0]");
    }

    @Test
    void serverOwnedFieldsCannotBeWritten() {
        refused(body -> body.put("status", "ACTIVE"), 400, "status");
        refused(body -> body.put("code", "ACI-2026-9999"), 400, "code");
        refused(body -> body.put("createdBy", "someone"), 400, "createdBy");
    }

    @Test
    void overlongAndBlankStrings() {
        refused(body -> body.put("title", "x".repeat(201)), 400, "title");
        refused(body -> body.put("title", "   "), 400, "title");
        refused(body -> body.remove("summary"), 400, "summary");
    }

    @Test
    void badMoneyAndDates() {
        refused(body -> body.put("budget", Map.of("original", Map.of("amount", "1e9", "currency", "USD"))), 400,
                "budget.original.amount");
        refused(body -> body.put("budget", Map.of("original", Map.of("amount", "100.00", "currency", "XYZ"))), 400,
                "budget.original.currency");
        refused(body -> body.put("budget", Map.of("original", Map.of("amount", 100, "currency", "USD"))), 400,
                "budget.original.amount");
        refused(body -> body.put("plannedStart", "2026-02-30"), 400, "plannedStart");
    }

    @Test
    void injectionStringsAreJustText() {
        String hostile = "'; DROP TABLE initiative; -- <script>alert(1)</script>";
        Map<String, Object> body = initiative("VN", uniqueTag());
        body.put("title", hostile);
        String id = created(body);
        given().auth().oauth2(Tokens.agency("VN")).get("/api/v1/initiatives/" + id).then().statusCode(200)
                .body("title", is(hostile));
        given().auth().oauth2(Tokens.secretariat()).queryParam("q", hostile).get("/api/v1/initiatives")
                .then().statusCode(200);
    }

    @Test
    void reusedIdempotencyKeyWithAnotherBody() {
        String key = "retry-" + uniqueTag();
        Map<String, Object> body = initiative("VN", uniqueTag());
        String first = given().auth().oauth2(Tokens.agency("VN")).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).post("/api/v1/initiatives").then().statusCode(201)
                .extract().path("id");
        given().auth().oauth2(Tokens.agency("VN")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/initiatives").then().statusCode(201).body("id", is(first));
        long before = count();
        body.put("title", "Something else");
        given().auth().oauth2(Tokens.agency("VN")).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/initiatives").then().statusCode(422).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:idempotency-key-reused"));
        assertThat(count()).isEqualTo(before);
        given().auth().oauth2(Tokens.agency("VN")).header("Idempotency-Key", "bad key with spaces")
                .contentType(ContentType.JSON).body(body).post("/api/v1/initiatives").then().statusCode(400)
                .body("errors[0].field", is("Idempotency-Key"));
    }

    @Test
    void badListParameters() {
        given().queryParam("measure", "IX").get("/api/v1/initiatives").then().statusCode(400).body("errors[0].field", is("measure"));
        given().queryParam("party", "usa").get("/api/v1/initiatives").then().statusCode(400).body("errors[0].field", is("party"));
        given().queryParam("limit", 101).get("/api/v1/initiatives").then().statusCode(400).body("errors[0].field", is("limit"));
        given().queryParam("limit", 0).get("/api/v1/initiatives").then().statusCode(400).body("errors[0].field", is("limit"));
        given().queryParam("sort", "budget").get("/api/v1/initiatives").then().statusCode(400).body("errors[0].field", is("sort"));
        given().queryParam("activeOn", "soon").get("/api/v1/initiatives").then().statusCode(400).body("errors[0].field", is("activeOn"));
        given().queryParam("updatedSince", "2026-01-01").get("/api/v1/initiatives").then().statusCode(400)
                .body("errors[0].field", is("updatedSince"));
        given().queryParam("q", "x".repeat(201)).get("/api/v1/initiatives").then().statusCode(400).body("errors[0].field", is("q"));
        given().queryParam("groupBy", "colour").get("/api/v1/initiatives/stats").then().statusCode(400)
                .body("errors[0].field", is("groupBy"));
        given().get("/api/v1/initiatives/stats").then().statusCode(400).body("errors[0].field", is("groupBy"));
    }
}
