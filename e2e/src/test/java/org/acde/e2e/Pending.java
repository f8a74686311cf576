package org.acde.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * Checks of rules that are being added on other branches while these tests are written. Each accepts today's answer
 * and already holds the coming one to the rule, so the tests pass before and after the merge; once the rule is on
 * main, TIGHTEN the check as its comment says, so that today's answer fails. {@code -Dacde.e2e.pending.strict=true}
 * makes every check strict now (to try a branch that has the rules).
 */
public final class Pending {

    /** An unknown query parameter: a misspelt filter, which must not silently answer the unfiltered list. */
    public static final String UNKNOWN_PARAMETER = "stauts";

    public enum Challenge {
        /** No credentials at all: RFC 6750 §3.1 says the challenge then carries no error code. */
        NO_TOKEN(null),
        /** A genuine token past its {@code exp}: {@code error="invalid_token"}, saying it expired. */
        EXPIRED_TOKEN("expired"),
        /** A token whose signature does not match its content: {@code error="invalid_token"}, saying so. */
        BADLY_SIGNED_TOKEN("signature");

        private final String described;

        Challenge(String described) {
            this.described = described;
        }
    }

    /** Whether a check accepts today's answer too; false makes every check hold to the coming rule alone. */
    private static final boolean LENIENT = !Boolean.getBoolean("acde.e2e.pending.strict");

    private Pending() {
    }

    /**
     * The {@code WWW-Authenticate} challenge of a 401 (RFC 6750 §3). Today every 401 says {@code Bearer}. Once the
     * RFC 6750 attributes land, a refused token's challenge is
     * {@code Bearer error="invalid_token", error_description="..."} (saying what is wrong, as the problem's detail does)
     * and a missing token's the bare challenge, maybe with a realm. TIGHTEN then: drop the early return.
     */
    public static void bearerChallenge(Response response, Challenge expected) {
        String challenge = response.header("WWW-Authenticate");
        assertThat(challenge).as("WWW-Authenticate of a 401").isNotNull().startsWith("Bearer");
        if (expected == Challenge.NO_TOKEN) {
            assertThat(challenge).as("challenge to a request without a token carries no error code (RFC 6750 §3.1)")
                    .doesNotContain("error=");
            return;
        }
        if (LENIENT && !challenge.contains("error=")) {
            return; // today's answer
        }
        assertThat(challenge).contains("error=\"invalid_token\"");
        Matcher description = Pattern.compile("error_description=\"([^\"]+)\"").matcher(challenge);
        assertThat(description.find()).as("error_description in %s", challenge).isTrue();
        assertThat(description.group(1)).as("error_description").containsIgnoringCase(expected.described);
        assertThat(response.jsonPath().getString("detail")).as("the problem's detail").isEqualTo(description.group(1));
    }

    /**
     * A list asked with an unknown query parameter ({@link #UNKNOWN_PARAMETER}). Today the parameter is ignored (200).
     * Once unknown parameters are refused, the answer must be a 400 problem naming it. TIGHTEN then: require the 400.
     */
    public static void unknownQueryParameter(Api caller, String listPath) {
        Response response = caller.request().queryParam(UNKNOWN_PARAMETER, "PUBLISHED").get(listPath);
        if (LENIENT && response.statusCode() == 200) {
            return; // today's answer
        }
        response.then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        assertThat(response.asString()).as("the 400 names the unknown parameter").contains(UNKNOWN_PARAMETER);
    }
}
