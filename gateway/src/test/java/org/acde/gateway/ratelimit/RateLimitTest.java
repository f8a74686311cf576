package org.acde.gateway.ratelimit;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;

import java.util.UUID;

import org.acde.gateway.routing.UpstreamStubs;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** In-memory buckets (no Redis configured); the test profile gives clients without a role 3 requests a minute. */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class RateLimitTest {

    @BeforeEach
    void stub() {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("{}")));
    }

    @Test
    void aClientOverItsLimitGetsA429ProblemWithRetryAfter() {
        String token = Tokens.token("rate-" + UUID.randomUUID(), null, null);
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(200)
                    .header("RateLimit-Policy", is("\"client\";q=3;w=60"))
                    .header("RateLimit", matchesPattern("\"client\";r=" + remaining + ";t=\\d+"));
        }
        given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(429)
                .contentType("application/problem+json")
                .body("type", is("urn:acde:problem:too-many-requests"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .header("RateLimit", matchesPattern("\"client\";r=0;t=\\d+"));
    }

    @Test
    void eachClientHasItsOwnBucket() {
        String first = Tokens.token("rate-" + UUID.randomUUID(), null, null);
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(first).get("/api/v1/initiatives").then().statusCode(200);
        }
        given().auth().oauth2(first).get("/api/v1/initiatives").then().statusCode(429);
        given().auth().oauth2(Tokens.token("rate-" + UUID.randomUUID(), null, null)).get("/api/v1/initiatives")
                .then().statusCode(200);
    }

    @Test
    void eachPersonHasTheirOwnBucketUnderTheClient() {
        String client = "portal-" + UUID.randomUUID();
        String anna = Tokens.userClaims(client, "anna", null, null).sign();
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(anna).get("/api/v1/initiatives").then().statusCode(200)
                    .header("RateLimit", matchesPattern("\"client\";r=" + remaining + ";t=\\d+"));
        }
        given().auth().oauth2(anna).get("/api/v1/initiatives").then().statusCode(429);
        // Another person of the same client, the client itself and Anna through another client each have their own.
        given().auth().oauth2(Tokens.userClaims(client, "binh", null, null).sign()).get("/api/v1/initiatives").then()
                .statusCode(200).header("RateLimit", matchesPattern("\"client\";r=2;t=\\d+"));
        given().auth().oauth2(Tokens.token(client, null, null)).get("/api/v1/initiatives").then()
                .statusCode(200).header("RateLimit", matchesPattern("\"client\";r=2;t=\\d+"));
        given().auth().oauth2(Tokens.userClaims("portal-" + UUID.randomUUID(), "anna", null, null).sign())
                .get("/api/v1/initiatives").then().statusCode(200).header("RateLimit", matchesPattern("\"client\";r=2;t=\\d+"));
    }

    @Test
    void theLimitFollowsTheRoleAndEveryApiResponseCarriesTheHeaders() {
        given().auth().oauth2(Tokens.agency("VN")).get("/api/v1/initiatives").then().statusCode(200)
                .header("RateLimit-Policy", matchesPattern("\"agency\";q=\\d+;w=60"));
        given().auth().oauth2(Tokens.partner("MY")).get("/api/v1/initiatives").then().statusCode(200)
                .header("RateLimit-Policy", matchesPattern("\"partner\";q=\\d+;w=60"));
        given().auth().oauth2(Tokens.user("partner.my.demo", "partner", "MY")).get("/api/v1/initiatives").then()
                .statusCode(200).header("RateLimit-Policy", matchesPattern("\"partner\";q=\\d+;w=60"));
        given().get("/api/v1/initiatives").then().statusCode(200)
                .header("RateLimit-Policy", matchesPattern("\"anonymous\";q=\\d+;w=60"));
        given().get("/api/v1/parties/VN/overview").then()
                .header("RateLimit-Policy", matchesPattern("\"anonymous\";q=\\d+;w=60"));
    }
}
