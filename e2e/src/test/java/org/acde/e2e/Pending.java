package org.acde.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.response.Response;

/**
 * Checks of rules that are being added on other branches while these tests are written. Each accepts today's answer
 * and already holds the coming one to the rule, so the tests pass before and after the merge; once the rule is on
 * main, TIGHTEN the check as its comment says, so that today's answer fails.
 */
public final class Pending {

    /** An unknown query parameter: a misspelt filter, which must not silently answer the unfiltered list. */
    public static final String UNKNOWN_PARAMETER = "stauts";

    public enum Challenge {
        /** No credentials at all: RFC 6750 §3.1 says the challenge then carries no error code. */
        NO_TOKEN,
        /** A token that is expired, badly signed or otherwise not acceptable: {@code error="invalid_token"}. */
        INVALID_TOKEN
    }

    private Pending() {
    }

    /**
     * The {@code WWW-Authenticate} challenge of a 401 (RFC 6750 §3). Today every 401 says {@code Bearer}. Once the
     * RFC 6750 attributes land, an invalid token's challenge must be
     * {@code Bearer error="invalid_token", error_description="..."} and a missing token's plain {@code Bearer} (or with
     * a realm). TIGHTEN then: for INVALID_TOKEN require the {@code error} and {@code error_description} attributes.
     */
    public static void bearerChallenge(Response response, Challenge expected) {
        String challenge = response.header("WWW-Authenticate");
        assertThat(challenge).as("WWW-Authenticate of a 401").isNotNull().startsWith("Bearer");
        if (!challenge.contains("error=")) {
            return; // today's answer
        }
        if (expected == Challenge.NO_TOKEN) {
            assertThat(challenge).as("challenge to a request without a token carries no error code (RFC 6750 §3.1)")
                    .doesNotContain("error=");
        } else {
            assertThat(challenge).contains("error=\"invalid_token\"").containsPattern("error_description=\"[^\"]+\"");
        }
    }

    /**
     * A list asked with an unknown query parameter ({@link #UNKNOWN_PARAMETER}). Today the parameter is ignored (200).
     * Once unknown parameters are refused, the answer must be a 400 problem naming it. TIGHTEN then: require the 400.
     */
    public static void unknownQueryParameter(Api caller, String listPath) {
        Response response = caller.request().queryParam(UNKNOWN_PARAMETER, "PUBLISHED").get(listPath);
        if (response.statusCode() == 200) {
            return; // today's answer
        }
        response.then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        assertThat(response.asString()).as("the 400 names the unknown parameter").contains(UNKNOWN_PARAMETER);
    }
}
