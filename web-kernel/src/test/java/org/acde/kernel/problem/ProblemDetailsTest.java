package org.acde.kernel.problem;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class ProblemDetailsTest {

    private static ValidatableResponse post(String body) {
        return given().contentType(ContentType.JSON).body(body).post("/probe").then();
    }

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status, String type) {
        return response.log().ifValidationFails().statusCode(status)
                .contentType("application/problem+json")
                .body("status", is(status))
                .body("type", is("urn:acde:problem:" + type))
                .body("title", not(emptyOrNullString()))
                .body("requestId", not(emptyOrNullString()));
    }

    @Test
    void validBodyIsAccepted() {
        post("{\"name\":\"ok\",\"count\":2,\"party\":\"VN\",\"date\":\"2026-01-31\",\"parties\":[\"CN\",\"TL\"]}")
                .statusCode(200).body("party", is("VN")).body("nested", is((Object) null));
    }

    @Test
    void malformedJsonIs400() {
        assertProblem(post("{\"name\": "), 400, "malformed-request").body("detail", startsWith("The body is not valid JSON"));
        assertProblem(post("{\"name\":\"a\",\"count\":1} trailing"), 400, "malformed-request");
        assertProblem(post("[1,2]"), 400, "malformed-request");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertProblem(post("{\"name\":\"a\",\"name\":\"b\",\"count\":1}"), 400, "malformed-request");
    }

    @Test
    void wrongTypesNameTheField() {
        assertProblem(post("{\"name\":5,\"count\":1}"), 400, "validation")
                .body("errors[0].field", is("name")).body("errors[0].message", containsString("string"));
        assertProblem(post("{\"name\":\"a\",\"count\":\"1\"}"), 400, "validation").body("errors[0].field", is("count"));
        assertProblem(post("{\"name\":\"a\",\"count\":1.5}"), 400, "validation").body("errors[0].field", is("count"));
        assertProblem(post("{\"name\":\"a\",\"count\":1,\"parties\":\"VN\"}"), 400, "validation")
                .body("errors[0].field", is("parties"));
        assertProblem(post("{\"name\":\"a\",\"count\":1,\"nested\":{\"label\":[]}}"), 400, "validation")
                .body("errors[0].field", is("nested.label"));
    }

    @Test
    void unknownFieldsAreRefused() {
        assertProblem(post("{\"name\":\"a\",\"count\":1,\"id\":\"x\"}"), 400, "validation")
                .body("errors[0].field", is("id")).body("errors[0].message", is("unknown field"));
    }

    @Test
    void unknownEnumValuesAndBadDatesNameTheField() {
        assertProblem(post("{\"name\":\"a\",\"count\":1,\"party\":\"XX\"}"), 400, "validation")
                .body("errors[0].field", is("party")).body("errors[0].message", containsString("VN"));
        assertProblem(post("{\"name\":\"a\",\"count\":1,\"parties\":[\"CN\",\"US\"]}"), 400, "validation")
                .body("errors[0].field", is("parties[1]"));
        assertProblem(post("{\"name\":\"a\",\"count\":1,\"date\":\"2026-02-30\"}"), 400, "validation")
                .body("errors[0].field", is("date"));
        assertProblem(post("{\"name\":\"a\",\"count\":1,\"party\":\"\"}"), 400, "validation")
                .body("errors[0].field", is("party"));
    }

    @Test
    void beanValidationListsEveryField() {
        assertProblem(post("{\"name\":\"\",\"count\":0,\"parties\":[\"CN\",\"VN\",\"TH\",\"MY\"],\"nested\":{\"label\":\" \"}}"),
                400, "validation")
                .body("errors.field", hasItem("name"))
                .body("errors.field", hasItem("count"))
                .body("errors.field", hasItem("parties"))
                .body("errors.field", hasItem("nested.label"));
        assertProblem(post("{\"name\":\"a\",\"count\":1,\"parties\":[null]}"), 400, "validation")
                .body("errors[0].field", is("parties[0]"));
    }

    @Test
    void missingRequiredPrimitiveIsNamed() {
        assertProblem(post("{\"name\":\"a\"}"), 400, "validation")
                .body("errors[0].field", is("count")).body("errors[0].message", is("is required"));
    }

    @Test
    void missingBodyIs400() {
        assertProblem(post(""), 400, "validation").body("errors[0].field", is("body"));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "{\"a\":".repeat(200) + "1" + "}".repeat(200);
        assertProblem(given().contentType(ContentType.JSON).body(deep).post("/probe/free").then(), 400, "malformed-request");
        given().contentType(ContentType.JSON).body("{\"a\":".repeat(20) + "1" + "}".repeat(20)).post("/probe/free")
                .then().statusCode(200);
    }

    @Test
    void oversizedBodyIs413() {
        String huge = "{\"name\":\"" + "x".repeat(300 * 1024) + "\",\"count\":1}";
        assertProblem(post(huge), 413, "body-too-large");
    }

    @Test
    void wrongMediaTypeIs415() {
        assertProblem(given().contentType(ContentType.TEXT).body("name=a").post("/probe").then(), 415,
                "unsupported-media-type");
    }

    @Test
    void unacceptableMediaTypeIs406() {
        assertProblem(given().accept(ContentType.XML).get("/probe/numbers").then(), 406, "not-acceptable");
    }

    @Test
    void unknownPathIs404() {
        assertProblem(given().get("/no/such/path").then(), 404, "not-found").body("instance", is("/no/such/path"));
        assertProblem(given().get("/api/v1/nothing-here").then(), 404, "not-found");
    }

    @Test
    void wrongMethodIs405() {
        assertProblem(given().delete("/probe").then(), 405, "method-not-allowed");
    }

    @Test
    void malformedQueryParametersAre400NamingThem() {
        assertProblem(given().queryParam("limit", "abc").get("/probe/numbers").then(), 400, "validation")
                .body("errors[0].field", is("limit"));
        assertProblem(given().queryParam("limit", "1000").get("/probe/numbers").then(), 400, "validation")
                .body("errors[0].field", is("limit"));
        assertProblem(given().queryParam("party", "ZZ").get("/probe/numbers").then(), 400, "validation")
                .body("errors[0].field", is("party"));
        assertProblem(given().queryParam("since", "yesterday").get("/probe/numbers").then(), 400, "validation")
                .body("errors[0].field", is("since"));
    }

    @Test
    void domainProblemsKeepTheirExtensions() {
        assertProblem(given().get("/probe/conflict").then(), 409, "conflict")
                .body("detail", is("Cannot move from CLOSED to ACTIVE"))
                .body("allowed", is(java.util.List.of()));
    }

    @Test
    void unexpectedFailuresAre500WithoutInternals() {
        String body = assertProblem(given().header("X-Request-Id", "trace-me-42").get("/probe/boom").then(), 500, "internal")
                .body("requestId", is("trace-me-42"))
                .extract().asString();
        org.assertj.core.api.Assertions.assertThat(body).doesNotContain("secret", "org.acde", "Exception", "at ");
    }

    @Test
    void everyErrorFieldHasAMessage() {
        assertProblem(post("{\"name\":\"\",\"count\":0}"), 400, "validation")
                .body("errors.message", everyItem(not(emptyOrNullString())));
    }

    @Test
    void securityHeadersAreSet() {
        given().get("/probe/numbers").then().statusCode(200)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("no-referrer"));
    }
}
