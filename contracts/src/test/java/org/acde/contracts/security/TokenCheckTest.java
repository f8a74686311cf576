package org.acde.contracts.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;

import java.time.Instant;
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

    private static void assertUnauthorized(ValidatableResponse response) {
        response.statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", is("Bearer"))
                .body("type", is("urn:acde:problem:unauthorized"));
    }

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
    void noTokenIs401Problem() {
        assertUnauthorized(given().get("/probe/whoami").then());
    }

    @Test
    void garbageTokensAre401() {
        assertUnauthorized(whoami("not-a-jwt"));
        String valid = Tokens.agency("VN");
        assertUnauthorized(whoami(valid.substring(0, valid.length() - 4) + "AAAA"));
    }

    @Test
    void expiredTokenIs401() {
        assertUnauthorized(whoami(Tokens.claims("agency-vn-demo", "agency", "VN")
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800)).sign()));
    }

    @Test
    void wrongAudienceOrIssuerIs401() {
        assertUnauthorized(whoami(Tokens.claims("agency-vn-demo", "agency", "VN").audience("another-api").sign()));
        assertUnauthorized(whoami(Tokens.claims("agency-vn-demo", "agency", "VN").issuer("https://evil.example").sign()));
    }

    @Test
    void unsignedTokenIs401() {
        String payload = Tokens.agency("VN").split("\\.")[1];
        String header = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes());
        assertUnauthorized(whoami(header + "." + payload + "."));
    }

    @Test
    void badTokenIsRefusedEvenOnPublicPaths() {
        assertUnauthorized(given().auth().oauth2("not-a-jwt").get("/probe/numbers").then());
    }

    @Test
    void wrongRoleIs403Problem() {
        given().auth().oauth2(Tokens.agency("VN")).get("/probe/secretariat-only").then()
                .statusCode(403).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:forbidden"));
        given().auth().oauth2(Tokens.secretariat()).get("/probe/secretariat-only").then().statusCode(200);
    }
}
