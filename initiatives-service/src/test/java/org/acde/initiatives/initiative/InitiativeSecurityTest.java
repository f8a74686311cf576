package org.acde.initiatives.initiative;

import static io.restassured.RestAssured.given;
import static org.acde.initiatives.initiative.Fixtures.create;
import static org.acde.initiatives.initiative.Fixtures.created;
import static org.acde.initiatives.initiative.Fixtures.etag;
import static org.acde.initiatives.initiative.Fixtures.initiative;
import static org.acde.initiatives.initiative.Fixtures.transition;
import static org.acde.initiatives.initiative.Fixtures.uniqueTag;
import static org.acde.testing.Challenges.assertInvalidToken;
import static org.acde.testing.Challenges.assertNoToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.is;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import jakarta.inject.Inject;

import org.acde.kernel.security.SigningKeys;
import org.acde.kernel.security.VerifiedTokens;
import org.acde.testing.SigningKeyStubs.SigningKey;
import org.acde.testing.SigningKeyStubs;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.StubMapping;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.http.ContentType;

/** Every role and party rule of initiatives, each with a token that must be refused. */
@QuarkusTest
class InitiativeSecurityTest {

    @OidcWireMock
    WireMockServer identityProvider;

    @Inject
    VerifiedTokens tokens;

    @Inject
    SigningKeys keys;

    @Test
    void anonymousCallersCannotWrite() {
        assertNoToken(given().contentType(ContentType.JSON).body(initiative("VN", uniqueTag())).post("/api/v1/initiatives").then());
    }

    @Test
    void aRefusedTokenIsSaidWhatIsWrongWithIt() {
        Map<String, Object> body = initiative("VN", uniqueTag());
        Instant expiry = Instant.now().minusSeconds(60).truncatedTo(ChronoUnit.SECONDS);
        assertInvalidToken(create(Tokens.expired(expiry), body).then(), "The token expired at " + expiry);
        assertInvalidToken(create(Tokens.forged(), body).then(),
                "The token's signature does not verify with the identity provider's keys");
        assertInvalidToken(create(Tokens.claims("agency-vn-demo", "agency", "VN").audience("account").sign(), body).then(),
                "The token is not meant for this API: its audience (aud) lacks acde-api");
        // Public reads too: a token that is sent is checked.
        assertInvalidToken(given().auth().oauth2(Tokens.expired(expiry)).get("/api/v1/initiatives").then(),
                "The token expired at " + expiry);
    }

    @Test
    void partnersOnlyRead() {
        create(Tokens.partner("VN"), initiative("VN", uniqueTag())).then().statusCode(403)
                .contentType("application/problem+json").body("type", is("urn:acde:problem:forbidden"));
        String id = Fixtures.inStatus(initiative("VN", uniqueTag()), "ENDORSED");
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(initiative("VN", uniqueTag())).put("/api/v1/initiatives/" + id).then().statusCode(403);
        transition(Tokens.partner("VN"), id, "ACTIVE").then().statusCode(403);
    }

    @Test
    void anAgencyProposesOnlyForItsOwnParty() {
        create(Tokens.agency("TH"), initiative("VN", uniqueTag(), "TH")).then().statusCode(403)
                .body("detail", is("An agency proposes initiatives that its own party leads"));
        create(Tokens.secretariat(), initiative("VN", uniqueTag(), "TH")).then().statusCode(201)
                .body("createdBy", is("secretariat-demo"));
    }

    @Test
    void aParticipatingAgencyThatDoesNotLeadCannotChangeTheInitiative() {
        Map<String, Object> body = initiative("CN", uniqueTag(), "VN");
        String id = created(body);
        String participant = Tokens.agency("VN");
        given().auth().oauth2(participant).contentType(ContentType.JSON).header("If-Match", etag(participant, id))
                .body(body).put("/api/v1/initiatives/" + id).then().statusCode(403);
        transition(participant, id, "ENDORSED").then().statusCode(403);
        given().auth().oauth2(participant).header("If-Match", "\"0\"").delete("/api/v1/initiatives/" + id)
                .then().statusCode(403);
    }

    @Test
    void anAgencyOfAnotherPartyDoesNotEvenSeeTheProposal() {
        String id = created(initiative("CN", uniqueTag(), "VN"));
        transition(Tokens.agency("MY"), id, "ENDORSED").then().statusCode(404);
        given().auth().oauth2(Tokens.agency("MY")).header("If-Match", "\"0\"").delete("/api/v1/initiatives/" + id)
                .then().statusCode(404);
    }

    @Test
    void anAgencyTokenWithoutPartyCannotPropose() {
        create(Tokens.token("agency-without-party", "agency", null), initiative("VN", uniqueTag())).then().statusCode(403);
    }

    @Test
    void aTokenWithoutAnyPlatformRoleCannotWrite() {
        create(Tokens.token("stranger", null, "VN"), initiative("VN", uniqueTag())).then().statusCode(403);
    }

    @Test
    void withTheTokenCacheWarmATamperedOrMisaddressedTokenIsStillRefused() {
        String valid = Tokens.agency("VN");
        create(valid, initiative("VN", uniqueTag())).then().statusCode(201);
        assertThat(tokens.keys()).contains(VerifiedTokens.keyOf(valid));
        // Answered from the cache: still an agency of VN.
        create(valid, initiative("VN", uniqueTag())).then().statusCode(201);
        create(valid, initiative("TH", uniqueTag(), "VN")).then().statusCode(403);

        Map<String, Object> body = initiative("VN", uniqueTag());
        assertInvalidToken(create(Tokens.withSignatureByteFlipped(valid), body).then(),
                "The token's signature does not verify with the identity provider's keys");
        assertInvalidToken(create(Tokens.claims("agency-vn-demo", "agency", "VN").audience("account").sign(), body).then(),
                "The token is not meant for this API: its audience (aud) lacks acde-api");
    }

    @Test
    void aCachedTokenIsRefusedOnceItExpires() {
        Instant expiry = Instant.now().plusSeconds(4).truncatedTo(ChronoUnit.SECONDS);
        String token = Tokens.claims("agency-vn-demo", "agency", "VN").expiresAt(expiry).sign();
        given().auth().oauth2(token).get("/api/v1/initiatives").then().statusCode(200);
        assertThat(tokens.keys()).contains(VerifiedTokens.keyOf(token));

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250)).untilAsserted(() -> assertInvalidToken(
                given().auth().oauth2(token).get("/api/v1/initiatives").then(), "The token expired at " + expiry));
    }

    @Test
    void aTokenSignedWithARetiredKeyIsRefusedEvenWhenCached() {
        SigningKey retiring = SigningKey.generate("initiatives-test-old");
        SigningKey successor = SigningKey.generate("initiatives-test-new");
        // Published together: quarkus-oidc fetches the keys for an unknown key id at most once per
        // forced-jwk-refresh-interval, and this JVM's one refresh must see both.
        StubMapping both = SigningKeyStubs.publish(identityProvider, retiring, successor);
        StubMapping onlySuccessor = null;
        try {
            keys.refresh().await().atMost(Duration.ofSeconds(10));
            String old = retiring.sign(Tokens.claims("agency-vn-demo", "agency", "VN"));
            String current = successor.sign(Tokens.claims("agency-vn-demo", "agency", "VN"));
            create(old, initiative("VN", uniqueTag())).then().statusCode(201);
            create(current, initiative("VN", uniqueTag())).then().statusCode(201);

            onlySuccessor = SigningKeyStubs.publish(identityProvider, successor);
            keys.refresh().await().atMost(Duration.ofSeconds(10));

            assertInvalidToken(create(old, initiative("VN", uniqueTag())).then(),
                    "The token was signed with a key the identity provider has retired");
            create(current, initiative("VN", uniqueTag())).then().statusCode(201);
        } finally {
            identityProvider.removeStub(both);
            if (onlySuccessor != null) {
                identityProvider.removeStub(onlySuccessor);
            }
            keys.refresh().await().atMost(Duration.ofSeconds(10));
        }
    }
}
