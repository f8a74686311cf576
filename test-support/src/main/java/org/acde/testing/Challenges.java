package org.acde.testing;

import static org.hamcrest.Matchers.is;

import io.restassured.response.ValidatableResponse;

/** The 401 answers of RFC 6750 §3, as every service and the gateway give them. */
public final class Challenges {

    private Challenges() {
    }

    /** No token where one is required: the bare challenge, no error code. */
    public static void assertNoToken(ValidatableResponse response) {
        response.statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", is("Bearer realm=\"acde\""))
                .body("type", is("urn:acde:problem:unauthorized"))
                .body("detail", is("A bearer token is required"));
    }

    /** A token sent and refused: {@code invalid_token}, and the same reason in the challenge and the problem. */
    public static void assertInvalidToken(ValidatableResponse response, String reason) {
        response.statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", is("Bearer error=\"invalid_token\", error_description=\"" + reason + "\""))
                .body("type", is("urn:acde:problem:unauthorized"))
                .body("detail", is(reason));
    }
}
