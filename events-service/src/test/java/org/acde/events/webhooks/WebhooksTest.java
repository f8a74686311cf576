package org.acde.events.webhooks;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

/** Subscriptions through the API: owned by their creator alone, written by the house rules, never to internal addresses. */
@QuarkusTest
class WebhooksTest {

    private static final String URL = "http://127.0.0.1:9/hook";

    @Inject
    EntityManager em;

    @Test
    void theCreationAnswersTheSecretOnceAndNothingShowsItAgain() {
        String partner = Tokens.partner("VN");
        Response created = given().auth().oauth2(partner).contentType(ContentType.JSON)
                .body(Map.of("url", URL, "types", List.of("org.acde.matchmaking.interest."), "parties", List.of("VN", "MY"),
                        "description", "CRM"))
                .post("/api/v1/webhooks");
        created.then().statusCode(201).header("ETag", is("\"0\""))
                .body("status", is("ACTIVE")).body("parties", contains("MY", "VN")).body("createdBy", is("partner-vn-demo"));
        String id = created.path("id");
        assertThat(created.header("Location")).endsWith("/api/v1/webhooks/" + id);
        String secret = created.path("secret");
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring(6))).hasSizeGreaterThanOrEqualTo(24);

        given().auth().oauth2(partner).get("/api/v1/webhooks/" + id).then().statusCode(200)
                .header("ETag", is("\"0\"")).body("secret", nullValue()).body("url", is(URL));
        given().auth().oauth2(partner).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", hasItem(id)).body("items.secret", not(hasItem(secret)));
        byte[] stored = QuarkusTransaction.requiringNew().call(() -> (byte[]) em
                .createNativeQuery("select secret from webhook where id = ?1").setParameter(1, UUID.fromString(id))
                .getSingleResult());
        assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain(secret.substring(6));
    }

    @Test
    void aRetriedCreationWithItsIdempotencyKeyGetsTheFirstAnswerAndNoSecretIsKeptInTheClear() {
        String partner = Tokens.partner("VN");
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Map.of("url", URL, "types", List.of("org.acde.capacity."));
        JsonPath first = given().auth().oauth2(partner).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        JsonPath again = given().auth().oauth2(partner).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).post("/api/v1/webhooks").then().statusCode(201).extract().jsonPath();
        assertThat(again.getString("id")).isEqualTo(first.getString("id"));
        assertThat(again.getString("secret")).isEqualTo(first.getString("secret"));
        String replay = QuarkusTransaction.requiringNew().call(() -> (String) em
                .createNativeQuery("select body from idempotency_key where key = ?1").setParameter(1, key).getSingleResult());
        assertThat(replay).contains(first.getString("id")).doesNotContain("whsec_");
    }

    @Test
    void anotherClientFindsNoneOfAClientsSubscriptionsTheSecretariatIncluded() {
        String owner = Tokens.client("hooks-owner-" + UUID.randomUUID().toString().substring(0, 8), "partner", "VN");
        String id = Subscriptions.create(owner, URL, "org.acde.initiatives.").getString("id");
        String webhook = "/api/v1/webhooks/" + id;
        for (String other : List.of(Tokens.partner("VN"), Tokens.agency("VN"), Tokens.secretariat())) {
            given().auth().oauth2(other).get(webhook).then().statusCode(404).body("type", is("urn:acde:problem:not-found"));
            given().auth().oauth2(other).header("If-Match", "*").contentType(ContentType.JSON)
                    .body(Map.of("url", URL, "types", List.of("org.acde."))).put(webhook).then().statusCode(404);
            given().auth().oauth2(other).header("If-Match", "*").delete(webhook).then().statusCode(404);
            given().auth().oauth2(other).post(webhook + "/secret").then().statusCode(404);
            given().auth().oauth2(other).get(webhook + "/deliveries").then().statusCode(404);
            given().auth().oauth2(other).post(webhook + "/deliveries/" + UUID.randomUUID() + "/redelivery").then().statusCode(404);
            given().auth().oauth2(other).contentType(ContentType.JSON).body(Map.of("from", "2027-01-01T00:00:00Z"))
                    .post(webhook + "/redeliveries").then().statusCode(404);
            given().auth().oauth2(other).queryParam("limit", 100).get("/api/v1/webhooks").then().statusCode(200)
                    .body("items.id", not(hasItem(id)));
        }
        given().auth().oauth2(owner).get("/api/v1/webhooks").then().statusCode(200)
                .body("items.id", contains(id)).body("total", is(1));
    }

    @Test
    void aPersonSubscribesNothingOnlyAnApiClientsOwnTokenDoes() {
        given().auth().oauth2(Tokens.user("partner.vn.demo", "partner", "VN")).contentType(ContentType.JSON)
                .body(Map.of("url", URL, "types", List.of("org.acde."))).post("/api/v1/webhooks")
                .then().statusCode(403).body("type", is("urn:acde:problem:forbidden"));
        given().auth().oauth2(Tokens.token("no-role-client", null, "VN")).contentType(ContentType.JSON)
                .body(Map.of("url", URL, "types", List.of("org.acde."))).post("/api/v1/webhooks").then().statusCode(403);
    }

    @Test
    void anUpdateNeedsTheCurrentETagAndAnUnsubscribeToo() {
        String partner = Tokens.partner("VN");
        String webhook = "/api/v1/webhooks/" + Subscriptions.create(partner, URL, "org.acde.capacity.").getString("id");
        Map<String, Object> change = Map.of("url", "http://127.0.0.1:9/other", "types", List.of("org.acde.capacity.certificate.revoked"));
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(change).put(webhook).then().statusCode(428);
        given().auth().oauth2(partner).header("If-Match", "\"7\"").contentType(ContentType.JSON).body(change).put(webhook)
                .then().statusCode(412);
        given().auth().oauth2(partner).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(change).put(webhook)
                .then().statusCode(200).header("ETag", is("\"1\"")).body("url", is("http://127.0.0.1:9/other"))
                .body("types", contains("org.acde.capacity.certificate.revoked")).body("parties", is(List.of()));
        given().auth().oauth2(partner).post(webhook + "/secret").then().statusCode(200);
        String etag = given().auth().oauth2(partner).get(webhook).header("ETag");
        assertThat(etag).as("a rotation changes the subscription").isEqualTo("\"2\"");
        given().auth().oauth2(partner).delete(webhook).then().statusCode(428);
        given().auth().oauth2(partner).header("If-Match", "\"1\"").delete(webhook).then().statusCode(412);
        given().auth().oauth2(partner).header("If-Match", etag).delete(webhook).then().statusCode(204);
        given().auth().oauth2(partner).get(webhook).then().statusCode(404);
    }

    @Test
    void whatASubscriptionSaysIsCheckedNamingTheField() {
        String partner = Tokens.partner("VN");
        expect400(partner, "{\"url\": \"" + URL + "\", \"types\": [\"org.acde.\"], \"secret\": \"whsec_mine\"}", "secret");
        expect400(partner, "{\"url\": \"" + URL + "\", \"types\": []}", "types");
        expect400(partner, "{\"url\": \"" + URL + "\"}", "types");
        expect400(partner, "{\"url\": \"" + URL + "\", \"types\": [\"Org.Acde.*\"]}", "types[0]");
        expect400(partner, "{\"url\": \"" + URL + "\", \"types\": [\"org.acde.\", \"org.acde.\"]}", "types[1]");
        expect400(partner, "{\"url\": \"" + URL + "\", \"types\": [\"org.acde.\"], \"parties\": [\"VN\", \"VN\"]}", "parties[1]");
        expect400(partner, "{\"url\": \"" + URL + "\", \"types\": [\"org.acde.\"], \"parties\": [\"XX\"]}", "parties[0]");
        expect400(partner, "{\"types\": [\"org.acde.\"]}", "url");
    }

    /** Only https, and only to public addresses (literals here: the test machine has no DNS). */
    @ParameterizedTest
    @ValueSource(strings = { "http://203.0.114.1/hook", "ftp://203.0.114.1/hook", "https://user:pw@203.0.114.1/hook",
            "https://203.0.114.1/hook#part", "not a url", "https://localhost/hook", "https://127.0.0.2/hook",
            "https://10.1.2.3/hook", "https://172.16.0.1/hook", "https://192.168.0.1/hook", "https://169.254.169.254/latest/meta-data",
            "https://100.64.0.1/hook", "https://0.0.0.0/hook", "https://224.0.0.1/hook", "https://[::1]/hook",
            "https://[fe80::1]/hook", "https://[fd00::1]/hook", "https://[::ffff:127.0.0.1]/hook",
            "https://[::ffff:a9fe:a9fe]/hook", "https://[64:ff9b::a00:1]/hook", "https://2130706433/hook",
            "https://0x7f.1/hook", "https://hook.invalid/hook" })
    void aUrlWebhooksMayNotReachIsA400NamingIt(String url) {
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.JSON)
                .body(Map.of("url", url, "types", List.of("org.acde."))).post("/api/v1/webhooks")
                .then().statusCode(400).body("errors.field", contains("url"));
    }

    @Test
    void aPublicAddressIsAccepted() {
        given().auth().oauth2(Tokens.partner("VN")).contentType(ContentType.JSON)
                .body(Map.of("url", "https://203.0.114.1:8443/acde?source=hub", "types", List.of("org.acde.")))
                .post("/api/v1/webhooks").then().statusCode(201).body("url", is("https://203.0.114.1:8443/acde?source=hub"));
    }

    private static void expect400(String token, String body, String field) {
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/webhooks")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem(field));
    }
}
