package org.acde.gateway.access;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.acde.gateway.routing.UpstreamStubs.upstream;
import static org.acde.testing.Challenges.assertInvalidToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Inject;

import org.acde.gateway.routing.UpstreamStubs;
import org.acde.kernel.security.SigningKeys;
import org.acde.kernel.security.VerifiedTokens;
import org.acde.testing.SigningKeyStubs.SigningKey;
import org.acde.testing.SigningKeyStubs;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.response.ValidatableResponse;

/**
 * Tokens the gateway has verified are answered from its cache (VerifiedTokens, shared with the services); with the
 * cache warm, every token that must fail still fails, on a proxied route and on the gateway's own pages alike, before
 * any upstream is called.
 */
@QuarkusTest
@QuarkusTestResource(UpstreamStubs.class)
class VerifiedTokenCacheTest {

    private static final String SIGNATURE = "The token's signature does not verify with the identity provider's keys";
    private static final String RETIRED = "The token was signed with a key the identity provider has retired";

    @OidcWireMock
    WireMockServer identityProvider;

    @Inject
    VerifiedTokens tokens;

    @Inject
    SigningKeys keys;

    @BeforeEach
    void upstreamAnswers() {
        UpstreamStubs.resetAll();
        upstream("initiatives").stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200)
                .withHeader("Content-Type", "application/json").withBody("[]")));
    }

    private static ValidatableResponse proxied(String token) {
        return given().auth().oauth2(token).get("/api/v1/reference/parties").then();
    }

    /** The developer portal: a page of the gateway's own, open to all, checking a token that is sent. */
    private static ValidatableResponse own(String token) {
        return given().auth().oauth2(token).get("/").then();
    }

    private static void assertRefusedEverywhere(String token, String reason) {
        assertInvalidToken(proxied(token), reason);
        assertInvalidToken(own(token), reason);
    }

    private void assertCached(String token) {
        assertThat(tokens.keys()).contains(VerifiedTokens.keyOf(token));
    }

    @Test
    void aWarmCacheStillRefusesATamperedSignatureAndAnotherAudience() {
        String valid = Tokens.agency("VN");
        proxied(valid).statusCode(200);
        own(valid).statusCode(200);
        assertCached(valid);

        assertRefusedEverywhere(Tokens.withSignatureByteFlipped(valid), SIGNATURE);
        assertRefusedEverywhere(Tokens.claims("agency-vn-demo", "agency", "VN").audience("another-api").sign(),
                "The token is not meant for this API: its audience (aud) lacks acde-api");

        proxied(valid).statusCode(200);
        // The refused requests never reached the service; the two with the cached token did, with it.
        upstream("initiatives").verify(2, getRequestedFor(urlEqualTo("/api/v1/reference/parties")));
        upstream("initiatives").verify(2, getRequestedFor(urlEqualTo("/api/v1/reference/parties"))
                .withHeader("Authorization", equalTo("Bearer " + valid)));
    }

    @Test
    void aCachedTokenIsRefusedOnceItExpires() {
        Instant expiry = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        String token = Tokens.claims("agency-vn-demo", "agency", "VN").expiresAt(expiry).sign();
        proxied(token).statusCode(200);
        assertCached(token);

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .untilAsserted(() -> assertInvalidToken(proxied(token), "The token expired at " + expiry));
        assertInvalidToken(own(token), "The token expired at " + expiry);
    }

    @Test
    void aTokenSignedWithARetiredKeyIsRefusedAndOneOfItsSuccessorPasses() {
        SigningKey retiring = SigningKey.generate("gateway-test-old");
        SigningKey successor = SigningKey.generate("gateway-test-new");
        // Both are published before either signs a request: quarkus-oidc fetches the keys again for an unknown key
        // id at most once per forced-jwk-refresh-interval, and this JVM's one refresh must see both.
        StubMapping both = SigningKeyStubs.publish(identityProvider, retiring, successor);
        StubMapping onlySuccessor = null;
        try {
            keys.refresh().await().atMost(Duration.ofSeconds(10));
            String old = retiring.sign(Tokens.claims("agency-vn-demo", "agency", "VN"));
            String current = successor.sign(Tokens.claims("agency-vn-demo", "agency", "VN"));
            proxied(old).statusCode(200);
            proxied(current).statusCode(200);
            assertCached(old);

            onlySuccessor = SigningKeyStubs.publish(identityProvider, successor);
            keys.refresh().await().atMost(Duration.ofSeconds(10));

            assertThat(tokens.keys()).doesNotContain(VerifiedTokens.keyOf(old));
            assertRefusedEverywhere(old, RETIRED);
            proxied(current).statusCode(200);
            own(current).statusCode(200);
        } finally {
            identityProvider.removeStub(both);
            if (onlySuccessor != null) {
                identityProvider.removeStub(onlySuccessor);
            }
            keys.refresh().await().atMost(Duration.ofSeconds(10));
        }
    }
}
