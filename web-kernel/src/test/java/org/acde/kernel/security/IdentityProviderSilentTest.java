package org.acde.kernel.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Keycloak accepts connections but never answers: a token cannot be checked, which is a 503 to retry once the
 * identity provider's timeout has passed. Before IdentityProviderTimeout such a request hung until the caller gave up.
 */
@QuarkusTest
@TestProfile(IdentityProviderSilentTest.SilentIdentityProvider.class)
class IdentityProviderSilentTest {

    /** Never accepted: the kernel completes connections into the backlog, and nothing is ever read or written. */
    private static final ServerSocket SILENT = open();

    private static ServerSocket open() {
        try {
            return new ServerSocket(0, 50);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static class SilentIdentityProvider extends UnreachableIdentityProvider {
        @Override
        String authServerUrl() {
            return "http://127.0.0.1:" + SILENT.getLocalPort() + "/realms/acde";
        }
    }

    @AfterAll
    static void close() throws IOException {
        SILENT.close();
    }

    @Test
    void aTokenThatCannotBeCheckedInTimeIsA503ProblemWithRetryAfter() {
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(Tokens.agency("VN")).get("/probe/whoami").then().statusCode(503)
                    .contentType("application/problem+json").header("Retry-After", is("5"))
                    .body("type", is("urn:acde:problem:unavailable"));
        }
    }
}
