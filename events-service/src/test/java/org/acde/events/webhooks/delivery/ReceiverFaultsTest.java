package org.acde.events.webhooks.delivery;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.acde.contracts.webhooks.WebhookStatus;
import org.acde.events.feed.StoredEvent;
import org.acde.events.webhooks.Receiver;
import org.acde.events.webhooks.subscription.SigningSecrets;
import org.acde.events.webhooks.StoredEvents;
import org.acde.events.webhooks.Subscriptions;
import org.acde.events.webhooks.subscription.Webhook;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A receiver can neither make the platform hang nor learn anything about its network: slow, dribbling, huge,
 * redirecting and refusing receivers are cut off with an outcome in general words, and a name that resolves to a
 * loopback address when a delivery is attempted is not connected to. The test profile's timeout is 4 s; the slow
 * receivers here take 20 s.
 */
@QuarkusTest
class ReceiverFaultsTest {

    private static final Receiver RECEIVER = new Receiver();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String PARTNER = Tokens.partner("VN");

    @Inject
    StoredEvents events;

    @Inject
    SigningSecrets secrets;

    @AfterAll
    static void stopReceiver() {
        RECEIVER.close();
    }

    @Test
    void aReceiverSlowToAnswerIsCutOffAtTheTimeout() {
        Map<String, Object> delivery = attempt(RECEIVER.url("/slow", aResponse().withStatus(200).withFixedDelay(20_000)));
        assertThat(delivery).containsEntry("status", "PENDING").containsEntry("outcome", "timeout");
    }

    @Test
    void aReceiverThatDribblesItsAnswerIsCutOffAtTheTimeoutThoughItSaid200() {
        Map<String, Object> delivery = attempt(RECEIVER.url("/dribble",
                aResponse().withStatus(200).withBody("x".repeat(2_000)).withChunkedDribbleDelay(20, 20_000)));
        assertThat(delivery).containsEntry("status", "DELIVERED").containsEntry("outcome", "status 200, answer cut off");
    }

    @Test
    void aHugeAnswerIsReadNoFurtherThanTheCap() {
        Map<String, Object> delivery = attempt(RECEIVER.url("/huge",
                aResponse().withStatus(500).withBody(new byte[8 * 1024 * 1024])));
        assertThat(delivery).containsEntry("status", "PENDING").containsEntry("outcome", "status 500, answer cut off");
    }

    @Test
    void aRedirectIsNotFollowed() {
        String elsewhere = RECEIVER.url("/elsewhere");
        Map<String, Object> delivery = attempt(RECEIVER.url("/moved",
                aResponse().withStatus(302).withHeader("Location", elsewhere)));
        assertThat(delivery).containsEntry("status", "PENDING").containsEntry("outcome", "redirect not followed (status 302)");
        assertThat(RECEIVER.received("/elsewhere")).isEmpty();
    }

    @Test
    void aReceiverThatIsNotListeningIsAConnectionFailure() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Map<String, Object> delivery = attempt("http://127.0.0.1:" + closed + "/nobody");
        assertThat(delivery).containsEntry("status", "PENDING").containsEntry("outcome", "connection failed");
    }

    /**
     * DNS rebinding: the name passed the check when the subscription was written, and resolves to loopback now. The
     * subscription is written straight to the database, as the API would have refused "localhost"; the receiver
     * listens on 127.0.0.1 and would answer, were it connected to.
     */
    @Test
    void aNameThatResolvesToAForbiddenAddressWhenDeliveringIsNotConnectedTo() {
        RECEIVER.url("/rebound");
        String url = "http://localhost:" + RECEIVER.port() + "/rebound";
        given().auth().oauth2(PARTNER).contentType("application/json")
                .body(Map.of("url", url, "types", java.util.List.of("org.acde.x.y.z")))
                .post("/api/v1/webhooks").then().statusCode(400).body("errors[0].field", org.hamcrest.Matchers.is("url"));

        String type = StoredEvents.type("interest", "declined");
        UUID webhook = UUID.randomUUID();
        QuarkusTransaction.requiringNew().run(() -> {
            Webhook row = new Webhook();
            row.id = webhook;
            row.owner = "partner-vn-demo";
            row.url = url;
            row.types = new String[] { type };
            row.parties = new String[0];
            row.readersEverything = false;
            row.readers = new String[] { "anyone" };
            row.status = WebhookStatus.ACTIVE;
            row.secret = secrets.seal(webhook, secrets.generate());
            row.createdBy = row.updatedBy = "partner-vn-demo";
            row.createdAt = row.updatedAt = Instant.now();
            row.persist();
        });
        StoredEvent event = StoredEvents.event(type, "/api/v1/interests/1", Set.of("VN"), Set.of("anyone"));
        events.store(event);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(
                Subscriptions.delivery(PARTNER, webhook.toString(), event.id().toString()))
                .containsEntry("status", "PENDING").containsEntry("outcome", "address not allowed"));
        RECEIVER.server().verify(0, anyRequestedFor(urlEqualTo("/rebound")));
    }

    /** Subscribes {@code url}, stores one event and answers its delivery once an attempt was made. */
    private Map<String, Object> attempt(String url) {
        String type = StoredEvents.type("opportunity", "expired");
        String webhook = Subscriptions.create(PARTNER, url, type).getString("id");
        StoredEvent event = StoredEvents.event(type, "/api/v1/opportunities/1", Set.of("VN"), Set.of("anyone"));
        events.store(event);
        Map<String, Object> delivery = await().atMost(PATIENCE).until(
                () -> Subscriptions.delivery(PARTNER, webhook, event.id().toString()), d -> d.containsKey("outcome"));
        assertThat((String) delivery.get("outcome")).doesNotContain("127.0.0.1", "localhost", "xception", "/");
        return delivery;
    }
}
