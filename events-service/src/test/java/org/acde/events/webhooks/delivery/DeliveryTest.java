package org.acde.events.webhooks.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.acde.events.feed.StoredEvent;
import org.acde.events.webhooks.IndependentVerifier;
import org.acde.events.webhooks.Receiver;
import org.acde.events.webhooks.StoredEvents;
import org.acde.events.webhooks.Subscriptions;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import com.standardwebhooks.Webhook;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** Events stored become signed deliveries to the subscribers that want them and may read them, in order per subject. */
@QuarkusTest
class DeliveryTest {

    private static final Receiver RECEIVER = new Receiver();
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    StoredEvents events;

    @Inject
    EntityManager em;

    @Inject
    Wakeup wakeup;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void aDeliveryIsTheCloudEventSignedAsStandardWebhooksSaysAndBothIndependentVerifiersAcceptIt() throws Exception {
        String type = StoredEvents.type("interest", "accepted");
        JsonPath webhook = Subscriptions.create(Tokens.partner("VN"), RECEIVER.url("/signed"), type);
        StoredEvent event = StoredEvents.event(type, "/api/v1/interests/" + UUID.randomUUID(), Set.of("VN"),
                Set.of("party:VN"));
        events.store(event);

        LoggedRequest request = await().atMost(PATIENCE).until(() -> RECEIVER.received("/signed"), r -> r.size() == 1).get(0);
        String body = request.getBodyAsString();
        assertThat(request.getHeader("content-type")).isEqualTo("application/cloudevents+json");
        assertThat(request.getHeader("webhook-id")).isEqualTo(event.id().toString());
        assertThat(Long.parseLong(request.getHeader("webhook-timestamp")))
                .isBetween(Instant.now().minusSeconds(300).getEpochSecond(), Instant.now().getEpochSecond());
        assertThat(new ObjectMapper().readTree(body)).isEqualTo(event.event());
        String secret = webhook.getString("secret");
        assertThat(IndependentVerifier.verifies(secret, request.getHeader("webhook-id"),
                request.getHeader("webhook-timestamp"), body, request.getHeader("webhook-signature"))).isTrue();
        assertThat(IndependentVerifier.verifies("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32]),
                request.getHeader("webhook-id"), request.getHeader("webhook-timestamp"), body,
                request.getHeader("webhook-signature"))).as("another secret").isFalse();
        new Webhook(secret).verify(body, Map.of(
                "webhook-id", List.of(request.getHeader("webhook-id")),
                "webhook-timestamp", List.of(request.getHeader("webhook-timestamp")),
                "webhook-signature", List.of(request.getHeader("webhook-signature"))));

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                Subscriptions.delivery(Tokens.partner("VN"), webhook.getString("id"), event.id().toString()))
                .containsEntry("status", "DELIVERED").containsEntry("attempts", 1).containsEntry("outcome", "status 204")
                .containsEntry("position", event.position()).containsEntry("eventType", type)
                .containsKey("deliveredAt").doesNotContainKey("nextAttemptAt"));
    }

    @Test
    void aSubscriptionGetsTheTypesAndPartiesItListsAndOnlyWhatItsOwnerMayReadOnTheFeed() {
        String prefix = StoredEvents.type("opportunity", "published");
        prefix = prefix.substring(0, prefix.indexOf(".opportunity.") + 1);
        String published = prefix + "opportunity.published";
        String withdrawn = prefix + "opportunity.withdrawn";
        String partner = Tokens.partner("VN");
        String byPrefix = Subscriptions.create(partner, RECEIVER.url("/prefix"), prefix).getString("id");
        String exact = Subscriptions.create(partner, RECEIVER.url("/exact"), published).getString("id");
        String ofMalaysia = Subscriptions.create(partner, RECEIVER.url("/my"), List.of(prefix), List.of("MY")).getString("id");
        String secretariat = Subscriptions.create(Tokens.secretariat(), RECEIVER.url("/all"), prefix).getString("id");
        String agency = Subscriptions.create(Tokens.agency("VN"), RECEIVER.url("/agency"), prefix).getString("id");

        StoredEvent toAnyone = StoredEvents.event(published, "/api/v1/opportunities/1", Set.of("VN"), Set.of("anyone"));
        StoredEvent toVietnam = StoredEvents.event(withdrawn, "/api/v1/opportunities/2", Set.of("VN"), Set.of("party:VN"));
        StoredEvent toMalaysia = StoredEvents.event(published, "/api/v1/opportunities/3", Set.of("MY"), Set.of("party:MY"));
        StoredEvent toVietnamsAgency = StoredEvents.event(published, "/api/v1/opportunities/4", Set.of("VN"), Set.of("agency:VN"));
        StoredEvent toItsOwner = StoredEvents.event(published, "/api/v1/opportunities/5", Set.of("MY"), Set.of("client:partner-vn-demo"));
        StoredEvent toSecretariat = StoredEvents.event(published, "/api/v1/opportunities/6", Set.of("VN"), Set.of());
        events.store(toAnyone, toVietnam, toMalaysia, toVietnamsAgency, toItsOwner, toSecretariat);

        assertThat(queued(partner, byPrefix)).containsExactly(id(toAnyone), id(toVietnam), id(toItsOwner));
        assertThat(queued(partner, exact)).containsExactly(id(toAnyone), id(toItsOwner));
        assertThat(queued(partner, ofMalaysia)).containsExactly(id(toItsOwner));
        assertThat(queued(Tokens.agency("VN"), agency)).containsExactly(id(toAnyone), id(toVietnam), id(toVietnamsAgency));
        assertThat(queued(Tokens.secretariat(), secretariat)).containsExactly(id(toAnyone), id(toVietnam), id(toMalaysia),
                id(toVietnamsAgency), id(toItsOwner), id(toSecretariat));
    }

    @Test
    void anUpdateTakesTheOwnersReadRightsAsTheyAreThen() {
        String type = StoredEvents.type("enterprise", "verified");
        String client = "hooks-rights-" + UUID.randomUUID().toString().substring(0, 8);
        JsonPath webhook = Subscriptions.create(Tokens.client(client, "partner", "VN"), RECEIVER.url("/rights"), type);
        String id = webhook.getString("id");
        StoredEvent before = StoredEvents.event(type, "/api/v1/enterprises/1", Set.of("VN"), Set.of("agency:VN"));
        events.store(before);
        assertThat(queued(Tokens.client(client, "partner", "VN"), id)).isEmpty();

        // The same client, now an agency of VN (its token says so), rewrites the subscription.
        String asAgency = Tokens.client(client, "agency", "VN");
        String etag = given().auth().oauth2(asAgency).get("/api/v1/webhooks/" + id).then().statusCode(200).extract().header("ETag");
        given().auth().oauth2(asAgency).header("If-Match", etag).contentType(ContentType.JSON)
                .body(Map.of("url", RECEIVER.url("/rights"), "types", List.of(type)))
                .put("/api/v1/webhooks/" + id).then().statusCode(200);
        StoredEvent after = StoredEvents.event(type, "/api/v1/enterprises/1", Set.of("VN"), Set.of("agency:VN"));
        events.store(after);
        assertThat(queued(asAgency, id)).containsExactly(id(after));
    }

    @Test
    void aFailedDeliveryHoldsBackLaterOnesOfItsSubjectButNotOthersAndIsRetried() {
        String type = StoredEvents.type("interest", "submitted");
        String partner = Tokens.partner("VN");
        String url = RECEIVER.url("/ordered");
        String webhook = Subscriptions.create(partner, url, type).getString("id");
        StoredEvent first = StoredEvents.event(type, "/api/v1/interests/s", Set.of("VN"), Set.of("anyone"));
        StoredEvent second = StoredEvents.event(type, "/api/v1/interests/s", Set.of("VN"), Set.of("anyone"));
        StoredEvent otherSubject = StoredEvents.event(type, "/api/v1/interests/t", Set.of("VN"), Set.of("anyone"));
        var refuseFirst = RECEIVER.server().stubFor(post(urlEqualTo("/ordered"))
                .withHeader("webhook-id", equalTo(first.id().toString())).willReturn(aResponse().withStatus(500)));
        events.store(first, second, otherSubject);

        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(ids(RECEIVER.received("/ordered"))).contains(id(otherSubject), id(first));
            assertThat(Subscriptions.delivery(partner, webhook, id(first))).containsEntry("status", "PENDING")
                    .containsEntry("outcome", "status 500").containsKey("nextAttemptAt");
        });
        assertThat(ids(RECEIVER.received("/ordered"))).doesNotContain(id(second));
        assertThat(Subscriptions.delivery(partner, webhook, id(second))).containsEntry("attempts", 0);

        // The receiver recovers; the backoff's wait is skipped rather than waited for.
        RECEIVER.server().removeStub(refuseFirst);
        dueNow(first);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Subscriptions.delivery(partner, webhook, id(second)))
                .containsEntry("status", "DELIVERED"));
        List<String> arrived = ids(RECEIVER.received("/ordered"));
        assertThat(arrived.lastIndexOf(id(first))).isLessThan(arrived.indexOf(id(second)));
        assertThat(Subscriptions.delivery(partner, webhook, id(first))).containsEntry("status", "DELIVERED")
                .extractingByKey("attempts", org.assertj.core.api.InstanceOfAssertFactories.INTEGER).isGreaterThanOrEqualTo(2);
    }

    @Test
    void afterTheRetryPeriodADeliveryFailsItsSubscriptionStopsAndARedeliveryOfTheRangeCatchesUp() {
        String type = StoredEvents.type("certificate", "revoked");
        String partner = Tokens.partner("VN");
        String webhook = Subscriptions.create(partner, RECEIVER.url("/down", aResponse().withStatus(503)), type).getString("id");
        String marker = Subscriptions.create(partner, RECEIVER.url("/marker"), type).getString("id");
        StoredEvent lost = StoredEvents.event(type, "/api/v1/certificates/1", Set.of("VN"), Set.of("anyone"));
        events.store(lost);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Subscriptions.delivery(partner, webhook, id(lost)))
                .containsEntry("outcome", "status 503"));

        // Three days pass.
        sql("update webhook_delivery set give_up_at = now() - interval '1 second', next_attempt_at = now() where event_id = ?1",
                lost.id());
        wakeup.signal();
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(Subscriptions.delivery(partner, webhook, id(lost))).containsEntry("status", "FAILED");
            given().auth().oauth2(partner).get("/api/v1/webhooks/" + webhook).then().statusCode(200)
                    .body("status", org.hamcrest.Matchers.is("FAILING"))
                    .body("failingSince", org.hamcrest.Matchers.notNullValue());
        });
        assertThat(Subscriptions.deliveries(partner, webhook, "FAILED")).extracting(d -> d.get("eventId")).containsExactly(id(lost));

        // While FAILING, new events queue up for it but are not sent; the other subscription gets them meanwhile.
        StoredEvent queued = StoredEvents.event(type, "/api/v1/certificates/1", Set.of("VN"), Set.of("anyone"));
        events.store(queued);
        await().atMost(PATIENCE).until(() -> ids(RECEIVER.received("/marker")).contains(id(queued)));
        assertThat(Subscriptions.delivery(partner, webhook, id(queued))).containsEntry("status", "PENDING")
                .containsEntry("attempts", 0);

        // The receiver is back (the newest stub wins); its owner asks for everything since just before the lost event.
        RECEIVER.url("/down");
        Instant from = Instant.parse((String) Subscriptions.delivery(partner, webhook, id(lost)).get("createdAt")).minusSeconds(1);
        given().auth().oauth2(partner).contentType(ContentType.JSON).body(Map.of("from", from.toString()))
                .post("/api/v1/webhooks/" + webhook + "/redeliveries").then().statusCode(200)
                .body("redelivered", org.hamcrest.Matchers.is(1));
        given().auth().oauth2(partner).get("/api/v1/webhooks/" + webhook).then().body("status", org.hamcrest.Matchers.is("ACTIVE"));
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Subscriptions.deliveries(partner, webhook, "DELIVERED"))
                .extracting(d -> d.get("eventId")).containsExactly(id(lost), id(queued)));
        List<String> arrived = ids(RECEIVER.received("/down"));
        assertThat(arrived.lastIndexOf(id(lost))).isLessThan(arrived.indexOf(id(queued)));
    }

    @Test
    void oneDeliveryIsRedeliveredOnRequestButNotWhilePending() {
        String type = StoredEvents.type("program", "published");
        String partner = Tokens.partner("VN");
        String webhook = Subscriptions.create(partner, RECEIVER.url("/again"), type).getString("id");
        StoredEvent event = StoredEvents.event(type, "/api/v1/programs/1", Set.of("VN"), Set.of("anyone"));
        events.store(event);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Subscriptions.delivery(partner, webhook, id(event)))
                .containsEntry("status", "DELIVERED"));
        String delivery = (String) Subscriptions.delivery(partner, webhook, id(event)).get("id");

        given().auth().oauth2(partner).post("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/redelivery")
                .then().statusCode(200).body("status", org.hamcrest.Matchers.is("PENDING"))
                .body("attempts", org.hamcrest.Matchers.is(0));
        await().atMost(PATIENCE).until(() -> RECEIVER.received("/again").size() == 2);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(Subscriptions.delivery(partner, webhook, id(event)))
                .containsEntry("status", "DELIVERED"));
        assertThat(ids(RECEIVER.received("/again"))).containsOnly(id(event));

        sql("update webhook_delivery set status = 'PENDING', next_attempt_at = now() + interval '1 hour' where event_id = ?1", event.id());
        given().auth().oauth2(partner).post("/api/v1/webhooks/" + webhook + "/deliveries/" + delivery + "/redelivery")
                .then().statusCode(409).body("type", org.hamcrest.Matchers.is("urn:acde:problem:conflict"));
        given().auth().oauth2(partner).post("/api/v1/webhooks/" + webhook + "/deliveries/" + UUID.randomUUID() + "/redelivery")
                .then().statusCode(404);
    }

    @Test
    void aReceiverThatAnswers410GoneStopsItsSubscriptionAtOnce() {
        String type = StoredEvents.type("cohort", "opened");
        String partner = Tokens.partner("VN");
        String webhook = Subscriptions.create(partner, RECEIVER.url("/gone", aResponse().withStatus(410)), type).getString("id");
        StoredEvent event = StoredEvents.event(type, "/api/v1/cohorts/1", Set.of("VN"), Set.of("anyone"));
        events.store(event);
        await().atMost(PATIENCE).untilAsserted(() -> {
            assertThat(Subscriptions.delivery(partner, webhook, id(event))).containsEntry("status", "FAILED")
                    .containsEntry("outcome", "status 410").containsEntry("attempts", 1);
            given().auth().oauth2(partner).get("/api/v1/webhooks/" + webhook).then().body("status", org.hamcrest.Matchers.is("FAILING"));
        });
    }

    @Test
    void duringASecretRotationDeliveriesCarryASignatureWithEachSecret() throws Exception {
        String type = StoredEvents.type("enrolment", "confirmed");
        String partner = Tokens.partner("VN");
        JsonPath webhook = Subscriptions.create(partner, RECEIVER.url("/rotated"), type);
        String old = webhook.getString("secret");
        JsonPath rotated = given().auth().oauth2(partner).post("/api/v1/webhooks/" + webhook.getString("id") + "/secret")
                .then().statusCode(200).extract().jsonPath();
        String current = rotated.getString("secret");
        assertThat(current).startsWith("whsec_").isNotEqualTo(old);
        assertThat(Instant.parse(rotated.getString("previousSecretExpiresAt")))
                .isBetween(Instant.now().plus(Duration.ofHours(23)), Instant.now().plus(Duration.ofHours(25)));

        StoredEvent event = StoredEvents.event(type, "/api/v1/enrolments/1", Set.of("VN"), Set.of("anyone"));
        events.store(event);
        LoggedRequest request = await().atMost(PATIENCE).until(() -> RECEIVER.received("/rotated"), r -> r.size() == 1).get(0);
        String signatures = request.getHeader("webhook-signature");
        assertThat(signatures.split(" ")).hasSize(2).allMatch(signature -> signature.startsWith("v1,"));
        for (String secret : List.of(old, current)) {
            assertThat(IndependentVerifier.verifies(secret, request.getHeader("webhook-id"),
                    request.getHeader("webhook-timestamp"), request.getBodyAsString(), signatures)).isTrue();
            new Webhook(secret).verify(request.getBodyAsString(), Map.of(
                    "webhook-id", List.of(request.getHeader("webhook-id")),
                    "webhook-timestamp", List.of(request.getHeader("webhook-timestamp")),
                    "webhook-signature", List.of(signatures)));
        }
    }

    private List<String> queued(String token, String webhook) {
        return Subscriptions.deliveries(token, webhook, null).stream().map(d -> (String) d.get("eventId")).toList();
    }

    private void dueNow(StoredEvent event) {
        sql("update webhook_delivery set next_attempt_at = now() where event_id = ?1", event.id());
        wakeup.signal();
    }

    private void sql(String statement, Object parameter) {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(statement).setParameter(1, parameter).executeUpdate());
    }

    private static String id(StoredEvent event) {
        return event.id().toString();
    }

    private static List<String> ids(List<LoggedRequest> requests) {
        return requests.stream().map(request -> request.getHeader("webhook-id")).toList();
    }
}
