package org.acde.e2e;

import static io.restassured.RestAssured.given;

import java.util.Map;

import io.restassured.response.Response;

/** Real tokens from the stack's Keycloak, and what a test needs to bend the realm (admin calls). */
public final class Keycloak {

    private Keycloak() {
    }

    /** The demo clients of deploy/keycloak/realm-acde.json; their secrets are documented, local-only ones. */
    public static String token(String clientId) {
        return token(clientId, clientId + "-dev-secret");
    }

    public static String token(String clientId, String secret) {
        Response response = tokenResponse(clientId, secret, "acde");
        response.then().statusCode(200);
        return response.path("access_token");
    }

    public static Response tokenResponse(String clientId, String secret, String realm) {
        return given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).formParams(Map.of("grant_type", "client_credentials",
                "client_id", clientId, "client_secret", secret))
                .post("/realms/" + realm + "/protocol/openid-connect/token");
    }

    /** A token of the master realm's administrator (local development credentials of the stack). */
    public static String admin() {
        return given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK)
                .formParams(Map.of("grant_type", "password", "client_id", "admin-cli", "username", "admin",
                        "password", "admin"))
                .post("/realms/master/protocol/openid-connect/token").then().statusCode(200).extract().path("access_token");
    }
}
