package org.acde.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.notNullValue;

import java.sql.SQLException;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restassured.response.Response;

/**
 * The refusals of one journey step: the same request sent by callers who must not get it done, each answered with a
 * problem, and nothing written (every table's row count as before, read straight from the databases).
 *
 * <pre>
 * Refusal.of("POST", "/api/v1/initiatives", body)
 *         .needsAValidToken(vietnam)           // no token, an expired token, a tampered token: 401 each (RFC 6750)
 *         .refusedTo(china, 403)               // another party: as the API documents it
 *         .refusedTo(partner, 403);
 * </pre>
 */
public final class Refusal {

    /** A query parameter no list takes: {@code status} misspelt. */
    static final String UNKNOWN_PARAMETER = "stauts";

    private final String method;
    private final String path;
    private final Object body;

    private Refusal(String method, String path, Object body) {
        this.method = method;
        this.path = path;
        this.body = body;
    }

    public static Refusal of(String method, String path, Object body) {
        return new Refusal(method, path, body);
    }

    public static Refusal of(String method, String path) {
        return new Refusal(method, path, null);
    }

    /**
     * Without a token, with an expired token of a client like {@code rightful} (same role and party), and with
     * {@code rightful}'s own current token with a claim changed: 401 each, at the gateway.
     */
    public Refusal needsAValidToken(Api rightful) {
        return refusedWithoutToken().refusedWithInvalidToken(rightful);
    }

    /** No token at all: a 401 with the bare challenge, no error code (RFC 6750 §3.1). */
    public Refusal refusedWithoutToken() {
        Response response = unchanged(Api.anonymous());
        problem(response, 401, "unauthorized");
        assertThat(response.header("WWW-Authenticate")).as("challenge to a request without a token")
                .isEqualTo("Bearer realm=\"acde\"");
        return this;
    }

    /** An expired token and a tampered one: a 401 saying what is wrong, on any operation, public ones included. */
    public Refusal refusedWithInvalidToken(Api rightful) {
        invalidToken(unchanged(Api.bearer("expired " + rightful, ExpiredTokens.like(rightful))), "expired");
        invalidToken(unchanged(Api.bearer("tampered " + rightful, tamper(rightful.token()))), "signature");
        return this;
    }

    /** A caller with a valid token who may not do this: {@code status} (403, 404, 409 or 422) as the API documents it. */
    public Refusal refusedTo(Api caller, int status) {
        Response response = unchanged(caller);
        problem(response, status, switch (status) {
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 409 -> "conflict";
            case 422 -> "unprocessable";
            default -> throw new IllegalArgumentException("not a refusal status: " + status);
        });
        return this;
    }

    /** Sends the request as {@code caller} and checks that no table gained or lost a row. */
    private Response unchanged(Api caller) {
        try (RowCounts rows = new RowCounts()) {
            Map<String, Long> before = rows.snapshot();
            Response response = send(caller);
            assertThat(rows.snapshot()).as("rows after %s %s as %s (answered %d)", method, path, caller, response.statusCode())
                    .isEqualTo(before);
            return response;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
    }

    private Response send(Api caller) {
        var request = caller.request();
        if (body != null) {
            request.body(body);
        }
        if (method.equals("PUT")) {
            request.header("If-Match", "*");
        }
        return request.request(method, path);
    }

    private static void problem(Response response, int status, String type) {
        response.then().log().ifValidationFails()
                .statusCode(status)
                .contentType("application/problem+json")
                .body("type", is("urn:acde:problem:" + type))
                .body("status", is(status))
                .body("requestId", notNullValue());
    }

    /**
     * A list asked with a query parameter it does not take, as a misspelt filter: a 400 problem naming it, never the
     * unfiltered list.
     */
    public static void unknownQueryParameter(Api caller, String listPath) {
        Response response = caller.request().queryParam(UNKNOWN_PARAMETER, "PUBLISHED").get(listPath);
        response.then().log().ifValidationFails().statusCode(400).contentType("application/problem+json");
        assertThat(response.asString()).as("the 400 names the unknown parameter").contains(UNKNOWN_PARAMETER);
    }

    /**
     * A refused token's 401 (RFC 6750 §3.1): {@code Bearer error="invalid_token", error_description="..."}, the
     * description saying what is wrong ({@code described}) in the same words as the problem's detail.
     */
    private static void invalidToken(Response response, String described) {
        problem(response, 401, "unauthorized");
        String challenge = response.header("WWW-Authenticate");
        assertThat(challenge).as("challenge to a refused token").startsWith("Bearer ").contains("error=\"invalid_token\"");
        Matcher description = Pattern.compile("error_description=\"([^\"]+)\"").matcher(challenge);
        assertThat(description.find()).as("error_description in %s", challenge).isTrue();
        assertThat(description.group(1)).as("error_description").containsIgnoringCase(described);
        assertThat(response.jsonPath().getString("detail")).as("the problem's detail").isEqualTo(description.group(1));
    }

    /**
     * The token with a claim changed and the signature kept: a party client claiming another party, or the
     * secretariat's token claiming another client. Keycloak's signature no longer matches.
     */
    static String tamper(String token) {
        var claims = Api.claims(token);
        if (claims.hasNonNull("party")) {
            return Api.tampered(token, "party", claims.get("party").asText().equals("SG") ? "MY" : "SG");
        }
        return Api.tampered(token, "azp", "forged-client");
    }
}
