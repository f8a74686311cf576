package org.acde.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.smallrye.jwt.build.Jwt;

/** Issue 7's system tests: onboarding through the gateway against a real Keycloak, and tokens that must not pass. */
@SystemTest
class IdentityIT {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static ValidatableResponse onboard(String clientId, String role, String party) {
        Map<String, Object> body = new HashMap<>(Map.of("clientId", clientId, "name", "System test " + clientId, "role", role));
        if (party != null) {
            body.put("party", party);
        }
        return given().auth().oauth2(Keycloak.token("secretariat-demo")).contentType(ContentType.JSON).body(body)
                .post("/api/v1/api-clients").then();
    }

    private static Map<String, Object> initiative(String lead, String... others) {
        List<String> parties = new java.util.ArrayList<>(List.of(others));
        parties.add(0, lead);
        return Map.of("title", "Cross-border e-commerce for MSMEs", "summary", "System test initiative.",
                "measure", "VII", "subAreas", List.of("MSME_PARTICIPATION"), "leadParty", lead,
                "participatingParties", parties);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> claims(String token) throws Exception {
        return JSON.readValue(Base64.getUrlDecoder().decode(token.split("\\.")[1]), Map.class);
    }

    @Test
    void theSecretariatOnboardsAnAgencyWhoseTokenWorksForItsOwnParty() throws Exception {
        String clientId = "agency-ph-" + suffix();
        String secret = onboard(clientId, "AGENCY", "PH").statusCode(201)
                .header("Location", is(Stack.GATEWAY_URL + "/api/v1/api-clients/" + clientId))
                .body("client.role", is("AGENCY")).body("client.party", is("PH")).body("client.enabled", is(true))
                .body("tokenUrl", is(Stack.ISSUER + "/protocol/openid-connect/token"))
                .extract().path("secret");

        String token = Keycloak.token(clientId, secret);
        Map<String, Object> claims = claims(token);
        assertThat(claims).containsEntry("party", "PH").containsEntry("azp", clientId).containsEntry("iss", Stack.ISSUER);
        assertThat(claims.get("aud").toString()).contains("acde-api");
        assertThat(claims.get("realm_access").toString()).contains("agency").doesNotContain("secretariat", "partner");

        String id = given().auth().oauth2(token).contentType(ContentType.JSON).body(initiative("PH", "VN"))
                .post("/api/v1/initiatives").then().statusCode(201)
                .body("leadParty", is("PH")).body("createdBy", is(clientId)).extract().path("id");

        // An agency of another party: sees the proposal (VN takes part) but may not change it, nor propose for PH.
        String vietnam = Keycloak.token("agency-vn-demo");
        given().auth().oauth2(vietnam).contentType(ContentType.JSON).body(Map.of("to", "ENDORSED", "reason", "no"))
                .post("/api/v1/initiatives/" + id + "/transitions").then().statusCode(403)
                .contentType("application/problem+json");
        given().auth().oauth2(vietnam).contentType(ContentType.JSON).body(initiative("PH"))
                .post("/api/v1/initiatives").then().statusCode(403);
        given().auth().oauth2(Keycloak.token("agency-th-demo")).get("/api/v1/initiatives/" + id).then().statusCode(404);
    }

    @Test
    void onboardedClientsAreListedWithoutSecrets() {
        String clientId = "partner-sg-" + suffix();
        onboard(clientId, "PARTNER", "SG").statusCode(201);
        given().auth().oauth2(Keycloak.token("secretariat-demo")).queryParam("limit", 100).get("/api/v1/api-clients")
                .then().statusCode(200)
                .body("items.clientId", hasItem(clientId))
                .body("items.clientId", hasItem("agency-vn-demo"))
                .body("items.clientId", not(hasItem("acde-gateway-admin")))
                .body("items[0].secret", nullValue());
        given().auth().oauth2(Keycloak.token("secretariat-demo")).get("/api/v1/api-clients/" + clientId).then()
                .statusCode(200).body("party", is("SG")).body("role", is("PARTNER"));
        onboard(clientId, "PARTNER", "SG").statusCode(409);
    }

    @Test
    void anAgencyCannotOnboardAnyClientLeastOfAllASecretariatOne() {
        given().auth().oauth2(Keycloak.token("agency-vn-demo")).contentType(ContentType.JSON)
                .body(Map.of("clientId", "sneaky-" + suffix(), "name", "Sneaky", "role", "SECRETARIAT"))
                .post("/api/v1/api-clients").then().statusCode(403);
    }

    @Test
    void aRotatedSecretStopsWorking() {
        String clientId = "agency-la-" + suffix();
        String old = onboard(clientId, "AGENCY", "LA").statusCode(201).extract().path("secret");
        Keycloak.token(clientId, old);
        String fresh = given().auth().oauth2(Keycloak.token("secretariat-demo"))
                .post("/api/v1/api-clients/" + clientId + "/secret").then().statusCode(200).extract().path("secret");
        assertThat(fresh).isNotEqualTo(old);
        Keycloak.tokenResponse(clientId, old, "acde").then().statusCode(401);
        Keycloak.token(clientId, fresh);
    }

    @Test
    void aDisabledClientObtainsNoNewToken() {
        String clientId = "partner-kh-" + suffix();
        String secret = onboard(clientId, "PARTNER", "KH").statusCode(201).extract().path("secret");
        Keycloak.token(clientId, secret);
        given().auth().oauth2(Keycloak.token("secretariat-demo")).delete("/api/v1/api-clients/" + clientId)
                .then().statusCode(204);
        assertThat(Keycloak.tokenResponse(clientId, secret, "acde").statusCode()).isIn(400, 401);
        given().auth().oauth2(Keycloak.token("secretariat-demo")).get("/api/v1/api-clients/" + clientId).then()
                .body("enabled", is(false));
    }

    @Test
    void tokensThatMustNotPassAreRefusedAtTheGatewayAndByTheServiceItself() throws Exception {
        String valid = Keycloak.token("agency-vn-demo");
        Map<String, Object> claims = claims(valid);

        var keys = KeyPairGenerator.getInstance("RSA");
        keys.initialize(2048);
        String otherKey = Jwt.claims(claims).jws().keyId("not-keycloaks").sign(keys.generateKeyPair().getPrivate());
        String unsigned = Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "." + valid.split("\\.")[1] + ".";
        String tampered = valid.substring(0, valid.lastIndexOf('.') + 1) + "AAAA" + valid.substring(valid.lastIndexOf('.') + 5);

        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("signed by another key", otherKey);
        bad.put("alg none", unsigned);
        bad.put("tampered signature", tampered);
        bad.put("from another realm", otherRealmToken());
        bad.put("expired", expiredToken());
        bad.put("garbage", "not.a.token");

        for (Map.Entry<String, String> token : bad.entrySet()) {
            for (String base : List.of(Stack.GATEWAY_URL, Stack.serviceUrl("initiatives-service"))) {
                given().baseUri(base).auth().oauth2(token.getValue()).contentType(ContentType.JSON).body(initiative("VN"))
                        .post("/api/v1/initiatives").then().log().ifValidationFails()
                        .statusCode(401).contentType("application/problem+json");
            }
        }
        given().contentType(ContentType.JSON).body(initiative("VN")).post("/api/v1/initiatives").then().statusCode(401);
    }

    @Test
    void theRealmsBrowserClientsAdmitThisStacksGatewayAndNoOtherOrigin() {
        // keycloak.sh put this stack's gateway port into the realm's placeholders when Keycloak imported it.
        List<String> gateway = List.of(Stack.GATEWAY_URL, "http://127.0.0.1:" + Stack.GATEWAY);
        String admin = Keycloak.admin();
        for (String clientId : List.of("secretariat-demo", "agency-vn-demo", "agency-cn-demo", "agency-th-demo",
                "partner-my-demo", "partner-cn-demo", "developer-portal")) {
            Map<String, Object> client = given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).auth().oauth2(admin)
                    .queryParam("clientId", clientId).get("/admin/realms/acde/clients").then().statusCode(200)
                    .extract().path("[0]");
            assertThat(client.get("webOrigins")).as("web origins of %s", clientId)
                    .asInstanceOf(InstanceOfAssertFactories.LIST)
                    .containsExactlyInAnyOrderElementsOf(gateway);
            if (clientId.equals("developer-portal")) {
                List<String> swaggerUi = gateway.stream().map(origin -> origin + "/q/swagger-ui/oauth2-redirect.html").toList();
                assertThat(client.get("redirectUris")).as("redirect URIs of developer-portal")
                        .asInstanceOf(InstanceOfAssertFactories.LIST).containsExactlyInAnyOrderElementsOf(swaggerUi);
            }
        }
        // What a browser's token request gets: CORS headers for Swagger UI's origin, a refusal for any other.
        Map<String, String> form = Map.of("grant_type", "client_credentials", "client_id", "agency-vn-demo",
                "client_secret", "agency-vn-demo-dev-secret");
        String tokenPath = "/realms/acde/protocol/openid-connect/token";
        given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).header("Origin", Stack.GATEWAY_URL).formParams(form)
                .post(tokenPath).then().statusCode(200).header("Access-Control-Allow-Origin", is(Stack.GATEWAY_URL));
        given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).header("Origin", "https://evil.example").formParams(form)
                .post(tokenPath).then().statusCode(403).header("Access-Control-Allow-Origin", nullValue());
    }

    /** A realm of its own with a client that mimics ours: same claims, other issuer and keys. */
    private static String otherRealmToken() {
        String realm = "other-" + suffix();
        String admin = Keycloak.admin();
        given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("realm", realm, "enabled", true, "roles", Map.of("realm", List.of(Map.of("name", "agency"))),
                        "clients", List.of(Map.of("clientId", "intruder", "secret", "intruder-secret", "publicClient", false,
                                "serviceAccountsEnabled", true, "standardFlowEnabled", false,
                                "protocolMappers", List.of(Map.of("name", "aud", "protocol", "openid-connect",
                                        "protocolMapper", "oidc-audience-mapper",
                                        "config", Map.of("included.custom.audience", "acde-api", "access.token.claim", "true"))))),
                        "users", List.of(Map.of("username", "service-account-intruder", "enabled", true,
                                "serviceAccountClientId", "intruder", "realmRoles", List.of("agency")))))
                .post("/admin/realms").then().statusCode(201);
        return Keycloak.tokenResponse("intruder", "intruder-secret", realm).then().statusCode(200).extract()
                .path("access_token");
    }

    /** A real token of a client whose tokens live one second. */
    private static String expiredToken() throws InterruptedException {
        String clientId = "agency-bn-" + suffix();
        String secret = onboard(clientId, "AGENCY", "BN").statusCode(201).extract().path("secret");
        String admin = Keycloak.admin();
        String id = given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).auth().oauth2(admin).queryParam("clientId", clientId)
                .get("/admin/realms/acde/clients").then().statusCode(200).extract().path("[0].id");
        Map<String, Object> client = given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).auth().oauth2(admin)
                .get("/admin/realms/acde/clients/" + id).then().statusCode(200).extract().as(Map.class);
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = (Map<String, Object>) client.get("attributes");
        attributes.put("access.token.lifespan", "1");
        given().baseUri(Stack.KEYCLOAK_URL).port(Stack.KEYCLOAK).auth().oauth2(admin).contentType(ContentType.JSON)
                .body(client).put("/admin/realms/acde/clients/" + id).then().statusCode(204);
        String token = Keycloak.token(clientId, secret);
        Thread.sleep(2500);
        return token;
    }
}
