package org.acde.matchmaking.need;

import static io.restassured.RestAssured.given;
import static org.acde.matchmaking.Fixtures.createNeed;
import static org.acde.matchmaking.Fixtures.need;
import static org.acde.matchmaking.Fixtures.needOf;
import static org.acde.matchmaking.Fixtures.rows;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** Each bad input of a need's writes: a problem+json 4xx naming the field, and nothing written. */
@QuarkusTest
class NeedBadInputTest {

    @Inject
    DataSource database;

    private void refused(Consumer<Map<String, Object>> change, int status, String field) {
        Map<String, Object> body = need("VN");
        change.accept(body);
        long before = rows(database, "need", "true");
        createNeed(Tokens.agency("VN"), body).then().log().ifValidationFails().statusCode(status)
                .contentType("application/problem+json").body("errors.field", hasItem(field));
        assertThat(rows(database, "need", "true")).isEqualTo(before);
    }

    @Test
    void badFieldsOfANewNeed() {
        refused(body -> body.remove("party"), 400, "party");
        refused(body -> body.put("party", "XX"), 400, "party");
        refused(body -> body.put("kind", "MONEY"), 400, "kind");
        refused(body -> body.remove("measure"), 400, "measure");
        refused(body -> body.put("subAreas", List.of("FIVE_G")), 400, "subAreas[0]");
        refused(body -> body.put("subAreas", List.of("AGRICULTURE", "AGRICULTURE")), 400, "subAreas[1]");
        refused(body -> body.put("title", " "), 400, "title");
        refused(body -> body.put("title", "x".repeat(201)), 400, "title");
        refused(body -> body.put("titleLanguage", "not a tag"), 400, "titleLanguage");
        refused(body -> body.put("description", "x".repeat(4001)), 400, "description");
        refused(body -> body.put("audiences", List.of()), 400, "audiences");
        refused(body -> body.put("audiences", List.of("MSME_OWNERS", "MSME_OWNERS")), 400, "audiences[1]");
        refused(body -> body.put("audienceSize", 0), 400, "audienceSize");
        refused(body -> body.put("audienceSize", "many"), 400, "audienceSize");
        refused(body -> body.put("technologies", List.of("TELEPATHY")), 400, "technologies[0]");
        refused(body -> body.put("sectors", List.of("A", "B", "C", "D", "E", "F")), 400, "sectors");
        refused(body -> body.put("languages", List.of("en", "EN")), 400, "languages[1]");
        refused(body -> body.put("languages", List.of("<script>")), 400, "languages[0]");
        refused(body -> body.put("startsOn", "next spring"), 400, "startsOn");
        refused(body -> body.remove("endsOn"), 400, "endsOn");
        refused(body -> body.put("endsOn", LocalDate.now(ZoneOffset.UTC).minusDays(1).toString()), 400, "endsOn");
        refused(body -> {
            body.put("startsOn", LocalDate.now(ZoneOffset.UTC).plusDays(10).toString());
            body.put("endsOn", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString());
        }, 400, "endsOn");
        refused(body -> body.put("status", "MET"), 400, "status");
        refused(body -> body.put("id", UUID.randomUUID().toString()), 400, "id");
        refused(body -> body.put("createdBy", "someone"), 400, "createdBy");
    }

    @Test
    void malformedAndHostileBodies() {
        long before = rows(database, "need", "true");
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body("{\"party\": ").post("/api/v1/needs")
                .then().statusCode(400).contentType("application/problem+json").body("type", is("urn:acde:problem:malformed-request"));
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body("[]").post("/api/v1/needs")
                .then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.TEXT).body("party=VN").post("/api/v1/needs")
                .then().statusCode(415).contentType("application/problem+json");
        assertThat(rows(database, "need", "true")).isEqualTo(before);

        String hostile = "'; DROP TABLE need; -- <script>alert(1)</script>";
        Map<String, Object> body = need("VN");
        body.put("title", hostile);
        String id = createNeed(Tokens.agency("VN"), body).then().statusCode(201).extract().path("id");
        given().get("/api/v1/needs/" + id).then().statusCode(200).body("title", is(hostile));
    }

    @Test
    void badTransitionsAndParameters() {
        String id = needOf("VN");
        for (Map<String, Object> bad : List.<Map<String, Object>>of(Map.of("to", "DONE", "reason", "x"), Map.of("to", "MET"),
                Map.of("to", "MET", "reason", "x".repeat(1001)), Map.of("to", "MET", "reason", "x", "by", "me"))) {
            given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body(bad).post("/api/v1/needs/" + id + "/transitions")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().get("/api/v1/needs/" + id).then().body("status", is("OPEN"));
        given().auth().oauth2(Tokens.agency("VN")).contentType(ContentType.JSON).body(Map.of("to", "MET", "reason", "x"))
                .post("/api/v1/needs/" + UUID.randomUUID() + "/transitions").then().statusCode(404);
        given().get("/api/v1/needs/not-a-uuid").then().statusCode(404).contentType("application/problem+json");
        given().queryParam("status", "MAYBE").get("/api/v1/needs").then().statusCode(400).body("errors[0].field", is("status"));
        given().queryParam("sort", "budget").get("/api/v1/needs").then().statusCode(400).body("errors[0].field", is("sort"));
        given().queryParam("cursor", "forged.cursor").get("/api/v1/needs").then().statusCode(400).body("errors[0].field", is("cursor"));
    }
}
