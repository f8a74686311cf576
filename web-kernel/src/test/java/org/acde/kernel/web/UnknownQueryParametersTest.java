package org.acde.kernel.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
class UnknownQueryParametersTest {

    private static ValidatableResponse refused(ValidatableResponse response) {
        return response.log().ifValidationFails().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:validation")).body("status", is(400));
    }

    @Test
    void everyParameterAMethodDeclaresIsTaken() {
        given().queryParam("limit", 5).queryParam("party", "VN").queryParam("since", "2026-01-31")
                .get("/probe/numbers").then().statusCode(200);
        // Declared on the contract interface only: its own @QueryParam, its @BeanParam and the one nested in that.
        given().queryParam("q", "x").queryParam("party", "VN").queryParam("limit", 5).queryParam("cursor", "c")
                .queryParam("sort", "-title").get("/probe/contract").then().statusCode(200)
                .body(is("q=x party=VN limit=5 sort=-title"));
    }

    @Test
    void anUnknownParameterIsA400NamingIt() {
        refused(given().queryParam("limit", 5).queryParam("stauts", "ACTIVE").get("/probe/numbers").then())
                .body("errors.field", contains("stauts"))
                .body("errors[0].message", is("unknown query parameter; this operation takes cursor, limit, party, since"))
                .body("detail", is("stauts: unknown query parameter; this operation takes cursor, limit, party, since"));
        refused(given().queryParam("zeta", 1).queryParam("alpha", 2).queryParam("q", "x").get("/probe/contract").then())
                .body("errors.field", contains("alpha", "zeta")).body("detail", is("2 fields are invalid"));
    }

    @Test
    void anOperationWithoutParametersTakesNone() {
        refused(given().queryParam("debug", "true").post("/probe/contract").then())
                .body("errors.field", contains("debug"))
                .body("errors[0].message", is("unknown query parameter; this operation takes none"));
        // A name without a value is a parameter too.
        refused(given().get("/probe/conflict?verbose").then()).body("errors.field", contains("verbose"));
    }

    @Test
    void aMarkedMethodTakesAnyParameter() {
        given().queryParam("utm_source", "newsletter").get("/probe/contract/page").then().statusCode(200).body(is("a page"));
    }

    @Test
    void aCallerWithoutTheRightTokenHearsThatFirst() {
        given().queryParam("x", 1).get("/probe/secretariat-only").then().statusCode(401);
        given().auth().oauth2(Tokens.agency("VN")).queryParam("x", 1).get("/probe/secretariat-only").then().statusCode(403);
        refused(given().auth().oauth2(Tokens.secretariat()).queryParam("x", 1).get("/probe/secretariat-only").then())
                .body("errors.field", contains("x"));
    }
}
