package org.acde.kernel.security;

import static io.restassured.RestAssured.given;
import static org.acde.testing.Challenges.assertInvalidToken;
import static org.acde.testing.Challenges.assertNoToken;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;

import org.acde.testing.OidcServer;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;

@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class TokenCheckTest {

    private static ValidatableResponse whoami(String token) {
        return given().auth().oauth2(token).get("/probe/whoami").then();
    }

    private static final String UNVERIFIABLE = "The token cannot be verified: it is not a JWT signed by the platform's identity provider";

    @Test
    void readsRoleAndPartyFromTheToken() {
        whoami(Tokens.agency("VN")).statusCode(200)
                .body("name", is("agency-vn-demo")).body("party", is("VN"))
                .body("agency", is(true)).body("secretariat", is(false));
        whoami(Tokens.secretariat()).statusCode(200).body("secretariat", is(true)).body("party", is((Object) null));
        whoami(Tokens.partner("CN")).statusCode(200).body("partner", is(true)).body("party", is("CN"));
    }

    @Test
    void aClientActingOnItsOwnIsItsClientId() {
        whoami(Tokens.partner("MY")).statusCode(200).body("id", is("partner-my-demo")).body("name", is("partner-my-demo"));
        // Clients created through Keycloak's admin API (the gateway's onboarding) also carry client_id.
        whoami(Tokens.claims("partner-ph-dict", "partner", "PH").claim("client_id", "partner-ph-dict").sign())
                .statusCode(200).body("id", is("partner-ph-dict")).body("name", is("partner-ph-dict"));
    }

    @Test
    void aPersonIsTheirOwnCallerUnderTheClient() {
        String subject = Tokens.subjectOf("agency.vn.demo");
        whoami(Tokens.user("agency.vn.demo", "agency", "VN")).statusCode(200)
                .body("id", is("user:" + subject)).body("name", is("agency.vn.demo via developer-portal"))
                .body("party", is("VN")).body("agency", is(true));
        // The same person through a partner's web app is the same owner, named with that app.
        whoami(Tokens.userClaims("partner-my-portal", "agency.vn.demo", "agency", "VN").sign()).statusCode(200)
                .body("id", is("user:" + subject)).body("name", is("agency.vn.demo via partner-my-portal"));
    }

    @Test
    void aPersonNamedLikeAServiceAccountIsStillAPerson() {
        // Keycloak lets an administrator create this user; the session (sid) still tells them from the client.
        whoami(Tokens.user("service-account-developer-portal", "partner", "MY")).statusCode(200)
                .body("id", is("user:" + Tokens.subjectOf("service-account-developer-portal")))
                .body("name", is("service-account-developer-portal via developer-portal"));
    }

    @Test
    void unknownPartyClaimIsNoParty() {
        whoami(Tokens.token("odd-client", "agency", "US")).statusCode(200).body("party", is((Object) null));
    }

    @Test
    void noTokenIsTheBareChallenge() {
        assertNoToken(given().get("/probe/whoami").then());
        // Credentials of another scheme are no bearer token either (RFC 6750 §3.1).
        assertNoToken(given().auth().preemptive().basic("agency", "secret").get("/probe/whoami").then());
    }

    @Test
    void garbageTokensCannotBeVerified() {
        assertInvalidToken(whoami("not-a-jwt"), UNVERIFIABLE);
        String payload = Tokens.agency("VN").split("\\.")[1];
        String none = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        assertInvalidToken(whoami(none + "." + payload + "."), UNVERIFIABLE);
    }

    @Test
    void aForgedOrTamperedSignatureIsSaidSo() {
        String signature = "The token's signature does not verify with the identity provider's keys";
        assertInvalidToken(whoami(Tokens.forged()), signature);
        String valid = Tokens.agency("VN");
        assertInvalidToken(whoami(valid.substring(0, valid.length() - 4) + "AAAA"), signature);
    }

    @Test
    void anExpiredTokenSaysWhenItExpired() {
        Instant expiry = Instant.now().minusSeconds(1800).truncatedTo(ChronoUnit.SECONDS);
        assertInvalidToken(whoami(Tokens.expired(expiry)), "The token expired at " + expiry);
    }

    @Test
    void aTokenForAnotherApiOrFromAnotherIssuerIsSaidSo() {
        assertInvalidToken(whoami(Tokens.claims("agency-vn-demo", "agency", "VN").audience("another-api").sign()),
                "The token is not meant for this API: its audience (aud) lacks acde-api");
        assertInvalidToken(whoami(Tokens.claims("agency-vn-demo", "agency", "VN").issuer("https://evil.example").sign()),
                "The token was not issued by the platform's identity provider (realm acde)");
    }

    @Test
    void aTokenFromTheFutureIsNotValidYet() {
        Instant later = Instant.now().plusSeconds(3600);
        assertInvalidToken(whoami(Tokens.claims("agency-vn-demo", "agency", "VN").claim("nbf", later.getEpochSecond())
                .expiresAt(later.plusSeconds(300)).sign()), "The token is not valid yet");
    }

    @Test
    void badTokenIsRefusedEvenOnPublicPaths() {
        assertInvalidToken(given().auth().oauth2("not-a-jwt").get("/probe/numbers").then(), UNVERIFIABLE);
    }

    @Test
    void wrongRoleIs403Problem() {
        given().auth().oauth2(Tokens.agency("VN")).get("/probe/secretariat-only").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:forbidden"));
        given().auth().oauth2(Tokens.secretariat()).get("/probe/secretariat-only").then().statusCode(200);
    }
}
