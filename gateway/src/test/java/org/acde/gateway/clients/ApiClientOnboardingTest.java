package org.acde.gateway.clients;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.is;

import java.util.HashMap;
import java.util.Map;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/**
 * What the gateway decides before Keycloak is asked: who may onboard, and what a valid client is. The Keycloak side
 * (creation, rotation, disabling) runs against a real Keycloak in the e2e module.
 */
@QuarkusTest
class ApiClientOnboardingTest {

    private static Map<String, Object> client(String role, String party) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", "agency-ph-dict", "name", "DICT Philippines", "role", role));
        if (party != null) {
            body.put("party", party);
        }
        return body;
    }

    private static ValidatableResponse create(String token, Map<String, Object> body) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.auth().oauth2(token);
        }
        return request.post("/api/v1/api-clients").then();
    }

    @Test
    void onlyTheSecretariatOnboards() {
        create(null, client("AGENCY", "PH")).statusCode(401).contentType("application/problem+json");
        create(Tokens.agency("PH"), client("AGENCY", "PH")).statusCode(403).contentType("application/problem+json");
        create(Tokens.agency("PH"), client("SECRETARIAT", null)).statusCode(403);
        create(Tokens.partner("MY"), client("PARTNER", "MY")).statusCode(403);
        given().auth().oauth2(Tokens.agency("VN")).get("/api/v1/api-clients").then().statusCode(403);
        given().auth().oauth2(Tokens.agency("VN")).post("/api/v1/api-clients/agency-vn-demo/secret").then().statusCode(403);
        given().auth().oauth2(Tokens.agency("VN")).delete("/api/v1/api-clients/agency-vn-demo").then().statusCode(403);
    }

    @Test
    void roleAndPartyMustFit() {
        create(Tokens.secretariat(), client("AGENCY", null)).statusCode(400).body("errors[0].field", is("party"));
        create(Tokens.secretariat(), client("SECRETARIAT", "VN")).statusCode(400).body("errors[0].field", is("party"));
        create(Tokens.secretariat(), client("ADMIN", "VN")).statusCode(400).body("errors[0].field", is("role"));
        create(Tokens.secretariat(), client("AGENCY", "US")).statusCode(400).body("errors[0].field", is("party"));
        Map<String, Object> badId = client("AGENCY", "PH");
        badId.put("clientId", "Agency PH!");
        create(Tokens.secretariat(), badId).statusCode(400).body("errors[0].field", is("clientId"));
        Map<String, Object> extra = client("AGENCY", "PH");
        extra.put("secret", "chosen-by-me");
        create(Tokens.secretariat(), extra).statusCode(400).body("errors[0].field", is("secret"));
    }

    @Test
    void theListTakesItsPagingParametersAndNoOther() {
        String token = Tokens.secretariat();
        given().auth().oauth2(token).queryParam("role", "AGENCY").get("/api/v1/api-clients").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("role"));
        // Taken: sort is judged before Keycloak is asked; with limit and cursor the request gets as far as Keycloak.
        given().auth().oauth2(token).queryParam("sort", "name").get("/api/v1/api-clients").then().statusCode(400)
                .body("errors.field", contains("sort"));
        given().auth().oauth2(token).queryParam("limit", 5).queryParam("cursor", "c").queryParam("sort", "clientId")
                .get("/api/v1/api-clients").then().statusCode(503);
    }

    @Test
    void anUnreachableIdentityProviderIsA503() {
        create(Tokens.secretariat(), client("AGENCY", "PH")).statusCode(503).contentType("application/problem+json")
                .header("Retry-After", is("30"));
    }
}
