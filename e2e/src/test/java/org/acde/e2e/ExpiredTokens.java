package org.acde.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.awaitility.Awaitility;

import com.fasterxml.jackson.databind.JsonNode;

import io.restassured.http.ContentType;

/**
 * Genuinely expired Keycloak tokens: signed by the realm, with the role and party of a given caller, whose {@code exp}
 * has passed. The secretariat onboards a client of that role and party through the gateway, the realm's
 * administrator shortens its tokens' lifespan to one second, and the token is kept once the clock has passed its
 * expiry. One per role and party, for the whole run.
 */
public final class ExpiredTokens {

    private static final Map<String, String> BY_KIND = new ConcurrentHashMap<>();

    private ExpiredTokens() {
    }

    /** An expired token of a client with the same role and party as {@code caller}. */
    public static String like(Api caller) {
        JsonNode claims = Api.claims(caller.token());
        String role = List.of("secretariat", "agency", "partner").stream()
                .filter(r -> claims.path("realm_access").path("roles").toString().contains("\"" + r + "\""))
                .findFirst().orElseThrow(() -> new IllegalArgumentException(caller + " has no platform role"));
        String party = claims.hasNonNull("party") ? claims.get("party").asText() : null;
        return BY_KIND.computeIfAbsent(role + "/" + party, kind -> mint(role, party));
    }

    private static String mint(String role, String party) {
        String clientId = "expired-" + role + "-" + (party == null ? "all" : party.toLowerCase()) + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> client = Api.json("clientId", clientId, "name", "Short-lived tokens for system tests",
                "role", role.toUpperCase());
        if (party != null) {
            client.put("party", party);
        }
        String secret = Api.as("secretariat-demo").post("/api/v1/api-clients", client).then().statusCode(201)
                .extract().path("secret");
        shortenTokenLifespan(clientId, 1);

        String token = Keycloak.token(clientId, secret);
        JsonNode claims = Api.claims(token);
        assertThat(claims.path("azp").asText()).isEqualTo(clientId);
        assertThat(claims.path("party").asText(null)).isEqualTo(party);
        long expiresAt = claims.path("exp").asLong();
        assertThat(expiresAt - claims.path("iat").asLong()).as("lifespan of %s's tokens", clientId).isLessThanOrEqualTo(1);
        // Past exp by a whole second, so no token check can still count it as valid.
        Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> Instant.now().getEpochSecond() > expiresAt + 1);
        return token;
    }

    /** Keycloak's client attribute {@code access.token.lifespan}, set through its admin API. */
    @SuppressWarnings("unchecked")
    private static void shortenTokenLifespan(String clientId, int seconds) {
        String admin = Keycloak.admin();
        String id = given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).auth().oauth2(admin).queryParam("clientId", clientId)
                .get("/admin/realms/acde/clients").then().statusCode(200).extract().path("[0].id");
        Map<String, Object> representation = given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).auth().oauth2(admin)
                .get("/admin/realms/acde/clients/" + id).then().statusCode(200).extract().as(Map.class);
        ((Map<String, Object>) representation.get("attributes")).put("access.token.lifespan", Integer.toString(seconds));
        given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(representation).put("/admin/realms/acde/clients/" + id).then().statusCode(204);
    }
}
