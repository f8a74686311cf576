package org.acde.e2e.events;

import static org.acde.e2e.Api.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.acde.e2e.Api;
import org.acde.e2e.Stack;
import org.acde.e2e.SystemTest;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import io.restassured.response.Response;

/**
 * Issue 15's fault test: initiatives-service and events-service (which delivers the webhooks) are killed with
 * kill -9 while 1,000 initiatives are being created, and the subscribed receiver is down for the first two minutes.
 * Afterwards every created initiative has exactly one event in the feed, and the receiver got every event at least
 * once, each resource's in the order of its changes.
 */
@SystemTest
class EventsFaultIT {

    private static final int CHANGES = 1000;
    private static final int UPDATED = 50;
    private static final Duration RECEIVER_DOWN = Duration.ofMinutes(2);
    private static final String CREATED = "org.acde.initiatives.initiative.created";
    private static final String UPDATED_TYPE = "org.acde.initiatives.initiative.updated";

    private final Api thailand = Api.as("agency-th-demo");
    private final Api secretariat = Api.as("secretariat-demo");
    private final String tag = "events" + UUID.randomUUID().toString().substring(0, 6);

    @Test
    void noCommittedChangeLosesItsEventAndADownReceiverGetsEverythingAfterwards() throws Exception {
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            receiver.down(true);
            long downSince = System.currentTimeMillis();
            String secret = thailand.post("/api/v1/webhooks", json("url", receiver.url(),
                    "types", List.of("org.acde.initiatives.initiative."), "parties", List.of("TH")))
                    .then().statusCode(201).body("secret", startsWith("whsec_")).extract().path("secret");
            String head = secretariat.get("/api/v1/events/head").then().statusCode(200).extract().path("cursor");

            Map<Integer, String> ids = createUnderKills();
            List<String> subjects = ids.values().stream().map(id -> "/api/v1/initiatives/" + id).toList();
            assertThat(subjects).as("one initiative per Idempotency-Key").doesNotHaveDuplicates().hasSize(CHANGES);
            for (int n = 0; n < UPDATED; n++) {
                String path = "/api/v1/initiatives/" + ids.get(n);
                thailand.put(path, initiative(n, "updated")).then().statusCode(200);
            }

            Map<String, Long> created = Awaitility.await().atMost(Duration.ofMinutes(2)).pollInterval(Duration.ofSeconds(2))
                    .until(() -> countBySubject(head, CREATED), counts -> counts.keySet().containsAll(subjects));
            assertThat(subjects).allSatisfy(subject -> assertThat(created.get(subject))
                    .as("events in the feed for %s", subject).isEqualTo(1L));
            assertThat(created.keySet()).as("no event for a change that did not commit").containsExactlyInAnyOrderElementsOf(subjects);

            long stillDown = RECEIVER_DOWN.toMillis() - (System.currentTimeMillis() - downSince);
            if (stillDown > 0) {
                Thread.sleep(stillDown);
            }
            assertThat(receiver.refused()).as("attempts while the receiver was down").isPositive();
            receiver.down(false);
            long upAt = System.currentTimeMillis();

            Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
                Map<String, List<String>> received = receivedBySubject(receiver);
                assertThat(received.keySet()).containsAll(subjects);
                for (int n = 0; n < UPDATED; n++) {
                    assertThat(received.get(subjects.get(n))).contains(UPDATED_TYPE);
                }
            });
            Map<String, List<String>> received = receivedBySubject(receiver);
            for (String subject : subjects) {
                List<String> types = received.get(subject).stream().distinct().toList();
                assertThat(types.get(0)).as("the first event %s received", subject).isEqualTo(CREATED);
            }
            List<WebhookReceiver.Delivery> deliveries = receiver.deliveries();
            long distinct = deliveries.stream().map(WebhookReceiver.Delivery::id).distinct().count();
            assertThat(distinct).as("every event delivered").isGreaterThanOrEqualTo(CHANGES + UPDATED);
            assertThat(Verifiers.java(secret, deliveries.get(0), deliveries.get(0).body())).isTrue();
            System.out.printf("[events fault] %d changes, %d events delivered, %d duplicates, %d attempts refused while down,"
                    + " last delivery %.1f s after the receiver came back%n", CHANGES + UPDATED, distinct,
                    deliveries.size() - distinct, receiver.refused(),
                    (deliveries.stream().mapToLong(WebhookReceiver.Delivery::receivedAt).max().orElseThrow() - upAt) / 1e3);
        }
    }

    /** Creates the initiatives from four threads, each retried with its Idempotency-Key until acknowledged. */
    private Map<Integer, String> createUnderKills() throws Exception {
        Map<Integer, String> ids = new ConcurrentHashMap<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                workers.add(threads.submit(() -> {
                    for (int n = next.getAndIncrement(); n < CHANGES; n = next.getAndIncrement()) {
                        ids.put(n, createAcknowledged(n));
                    }
                    return null;
                }));
            }
            Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> ids.size() >= CHANGES * 3 / 10);
            Stack.kill("initiatives-service");
            Stack.kill("events-service");
            Thread.sleep(2000);
            Stack.restart("events-service");
            Stack.restart("initiatives-service");
            for (Future<?> worker : workers) {
                worker.get();
            }
        } finally {
            threads.shutdownNow();
        }
        return new HashMap<>(ids);
    }

    private String createAcknowledged(int n) throws InterruptedException {
        String key = tag + "-" + n;
        long deadline = System.currentTimeMillis() + Duration.ofMinutes(3).toMillis();
        while (System.currentTimeMillis() < deadline) {
            try {
                Response answer = thailand.request().header("Idempotency-Key", key).body(initiative(n, "created"))
                        .post("/api/v1/initiatives");
                if (answer.statusCode() == 201) {
                    return answer.path("id");
                }
            } catch (RuntimeException e) {
                // the connection broke: the gateway itself stays up, but be patient
            }
            Thread.sleep(250);
        }
        throw new AssertionError("initiative " + n + " never acknowledged");
    }

    private Map<String, Object> initiative(int n, String state) {
        return json("title", "Events under faults " + tag + " #" + n + " " + state,
                "summary", "Created while services are killed, to count its events.", "measure", "I",
                "leadParty", "TH", "participatingParties", List.of("TH"), "tags", List.of(tag));
    }

    /** How many events of {@code type} the feed holds per subject of this test, from {@code cursor} to its end. */
    private Map<String, Long> countBySubject(String cursor, String type) {
        List<String> subjects = new ArrayList<>();
        String next = cursor;
        while (true) {
            var page = secretariat.request().queryParam("type", type).queryParam("limit", 100).queryParam("cursor", next)
                    .get("/api/v1/events").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = page.getList("items");
            if (items.isEmpty()) {
                return subjects.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            }
            items.stream().filter(item -> String.valueOf(item.get("data")).contains(tag))
                    .forEach(item -> subjects.add((String) item.get("subject")));
            next = page.getString("nextCursor");
        }
    }

    private static Map<String, List<String>> receivedBySubject(WebhookReceiver receiver) {
        return receiver.deliveries().stream().map(WebhookReceiver.Delivery::event).collect(Collectors.groupingBy(
                event -> event.path("subject").asText(),
                Collectors.mapping(event -> event.path("type").asText(), Collectors.toList())));
    }
}
