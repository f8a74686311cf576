package org.acde.kernel.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Keycloak unreachable since start (nothing listens on port 1): a token cannot be checked, which is a 503 to retry,
 * not a 500.
 */
@QuarkusTest
@TestProfile(IdentityProviderDownTest.NoIdentityProvider.class)
class IdentityProviderDownTest {

    public static class NoIdentityProvider extends UnreachableIdentityProvider {
        @Override
        String authServerUrl() {
            return "http://127.0.0.1:1/realms/acde";
        }
    }

    @Test
    void aTokenThatCannotBeCheckedIsA503ProblemWithRetryAfter() {
        given().auth().oauth2(Tokens.agency("VN")).get("/probe/whoami").then().statusCode(503)
                .contentType("application/problem+json").header("Retry-After", is("5"))
                .body("type", is("urn:acde:problem:unavailable"));
    }

    @Test
    void anonymousCallersAreStillAnswered() {
        given().get("/probe/whoami").then().statusCode(401).body("type", is("urn:acde:problem:unauthorized"));
    }
}
