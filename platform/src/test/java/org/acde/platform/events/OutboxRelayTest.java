package org.acde.platform.events;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.acde.testing.OutboxRows;
import org.acde.testing.OutboxRows.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;

/**
 * The relay hands committed events to events-service (WireMock) as soon as they commit, in the order they were
 * written, in batches, with the service's own token; keeps what events-service refused until it takes it; and never
 * sends one event twice at once, however many relays run.
 */
@QuarkusTest
@TestProfile(OutboxRelayTest.RelayOn.class)
class OutboxRelayTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** The token endpoint of the mock OpenID provider's discovery document. */
    private static final String TOKEN_PATH = "/auth/realms/quarkus/token";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    public static class RelayOn implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            // The poll is an hour away: within a test's patience, only a NOTIFY or a retry wakes the relay.
            return Map.of("acde.events.relay.enabled", "true", "acde.events.relay.batch-size", "5",
                    "acde.events.relay.poll-every", "1h", "acde.events.relay.max-backoff", "1s");
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(new TestResourceEntry(EventsServiceStub.class));
        }
    }

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxPurge purge;

    @Inject
    AgroalDataSource dataSource;

    @OidcWireMock
    WireMockServer oidc;

    @BeforeEach
    void eventsServiceTakesEverything() {
        EventsServiceStub.answer(202);
    }

    @Test
    void aCommittedEventReachesEventsServiceWithoutWaitingForThePoll() {
        long before = OutboxRows.last(dataSource);
        Note note = Note.of("sent at once");
        write(List.of(note));

        awaitPublished(before, 1);
        Row row = OutboxRows.since(dataSource, before).get(0);
        JsonNode sent = sent().get(0).get(0);
        assertThat(sent.path("id").asText()).isEqualTo(row.id().toString());
        assertThat(sent.path("aggregateType").asText()).isEqualTo("note");
        assertThat(sent.path("aggregateId").asText()).isEqualTo(note.id.toString());
        assertThat(sent.path("type").asText()).isEqualTo("org.acde.platform.note.written");
        assertThat(sent.path("subject").asText()).isEqualTo("/api/v1/notes/" + note.id);
        assertThat(sent.path("occurredAt").asText()).isNotBlank();
        assertThat(sent.path("parties")).containsExactly(JSON.valueToTree("CN"), JSON.valueToTree("VN"));
        assertThat(sent.path("audience")).containsExactly(JSON.valueToTree("agency:CN"), JSON.valueToTree("agency:VN"));
        assertThat(sent.path("event")).isEqualTo(row.event());
    }

    @Test
    void theListenerReconnectsWhenItsConnectionBreaks() throws SQLException {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var terminated = statement.executeQuery("""
                        select pg_terminate_backend(pid) from pg_stat_activity
                        where application_name = 'acde-outbox-listener' and datname = current_database()""")) {
            assertThat(terminated.next()).as("the listener's connection").isTrue();
        }
        long before = OutboxRows.last(dataSource);
        write(List.of(Note.of("written while the listener reconnects")));

        awaitPublished(before, 1);
    }

    @Test
    void eventsGoInTheOrderTheyWereWritten() {
        long before = OutboxRows.last(dataSource);
        List<Note> notes = IntStream.range(0, 4).mapToObj(i -> Note.of("note " + i)).toList();
        notes.forEach(note -> write(List.of(note)));

        awaitPublished(before, notes.size());
        assertThat(sent().stream().flatMap(List::stream).map(event -> event.path("aggregateId").asText()))
                .containsExactlyElementsOf(notes.stream().map(note -> note.id.toString()).toList());
    }

    @Test
    void moreEventsThanABatchHoldsGoInSeveralPosts() {
        long before = OutboxRows.last(dataSource);
        List<Note> notes = IntStream.range(0, 12).mapToObj(i -> Note.of("note " + i)).toList();
        write(notes);

        awaitPublished(before, notes.size());
        List<List<JsonNode>> batches = sent();
        assertThat(batches).extracting(List::size).containsExactly(5, 5, 2);
        assertThat(batches.stream().flatMap(List::stream).map(event -> event.path("aggregateId").asText()))
                .containsExactlyElementsOf(notes.stream().map(note -> note.id.toString()).toList());
    }

    @Test
    void whatEventsServiceRefusedStaysInTheOutboxUntilItTakesIt() {
        EventsServiceStub.answer(500);
        long before = OutboxRows.last(dataSource);
        write(List.of(Note.of("refused first")));

        await().atMost(PATIENCE).until(() -> EventsServiceStub.server().getAllServeEvents().size() >= 2);
        assertThat(OutboxRows.since(dataSource, before)).singleElement()
                .satisfies(row -> assertThat(row.publishedAt()).isNull());
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("acde_outbox_unpublished 1.0"))
                .body(containsString("acde_outbox_oldest_unpublished_age_seconds"));

        EventsServiceStub.answer(202);
        awaitPublished(before, 1);
        assertThat(sent()).hasSize(1);
        given().get("/q/metrics").then().statusCode(200)
                .body(containsString("acde_outbox_unpublished 0.0"))
                .body(containsString("acde_outbox_oldest_unpublished_age_seconds 0.0"));
    }

    @Test
    void thePostCarriesTheServicesOwnToken() {
        long before = OutboxRows.last(dataSource);
        write(List.of(Note.of("with a token")));
        awaitPublished(before, 1);

        // Client credentials of the client named after the application, with its secret, at the token endpoint.
        String credentials = Base64.getEncoder()
                .encodeToString("platform-tests:platform-tests-dev-secret".getBytes(StandardCharsets.UTF_8));
        List<ServeEvent> tokenRequests = oidc.getAllServeEvents().stream()
                .filter(event -> event.getRequest().getUrl().equals(TOKEN_PATH)
                        && event.getRequest().getBodyAsString().contains("grant_type=client_credentials"))
                .toList();
        assertThat(tokenRequests).isNotEmpty().allSatisfy(event -> assertThat(event.getRequest().getHeader("Authorization"))
                .isEqualTo("Basic " + credentials));
        List<String> issued = tokenRequests.stream()
                .map(event -> readTree(event.getResponse().getBodyAsString()).path("access_token").asText()).toList();
        String authorization = EventsServiceStub.server().getAllServeEvents().get(0).getRequest().getHeader("Authorization");
        assertThat(authorization).startsWith("Bearer ");
        assertThat(issued).contains(authorization.substring("Bearer ".length()));
    }

    @Test
    void twoRelaysNeverSendOneEventAtOnce() throws Exception {
        // Slow answers keep each batch's transaction (and its lock) open while another relay tries its pass.
        EventsServiceStub.server().stubFor(post(urlEqualTo(EventsServiceStub.INGEST))
                .willReturn(aResponse().withStatus(202).withFixedDelay(300)));
        long before = OutboxRows.last(dataSource);
        List<Note> notes = IntStream.range(0, 12).mapToObj(i -> Note.of("note " + i)).toList();

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<Void>> relays = IntStream.range(0, 2).mapToObj(i -> CompletableFuture.runAsync(() -> {
            awaitQuietly(start);
            relay.pass();
        })).toList();
        write(notes);
        start.countDown();
        for (CompletableFuture<Void> pass : relays) {
            pass.get();
        }

        awaitPublished(before, notes.size());
        assertThat(sent().stream().flatMap(List::stream).map(event -> event.path("aggregateId").asText()))
                .containsExactlyInAnyOrderElementsOf(notes.stream().map(note -> note.id.toString()).toList());
    }

    @Test
    void handedOnRowsArePurgedAfterTheRetention() throws SQLException {
        long before = OutboxRows.last(dataSource);
        Note old = Note.of("handed on eight days ago");
        Note recent = Note.of("handed on six days ago");
        write(List.of(old, recent));
        awaitPublished(before, 2);
        handedOn(old.id, 8);
        handedOn(recent.id, 6);

        purge.purge();

        assertThat(OutboxRows.since(dataSource, before)).extracting(Row::aggregateId)
                .containsExactly(recent.id.toString());
    }

    private void write(List<Note> notes) {
        QuarkusTransaction.requiringNew().run(() -> notes.forEach(note -> {
            note.persist();
            outbox.record(note.written());
        }));
    }

    private void awaitPublished(long before, int count) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(OutboxRows.since(dataSource, before)).hasSize(count)
                .allSatisfy(row -> assertThat(row.publishedAt()).isNotNull()));
    }

    /** The batches events-service took, in the order it received them. */
    private static List<List<JsonNode>> sent() {
        List<ServeEvent> served = new ArrayList<>(EventsServiceStub.server().getAllServeEvents());
        Collections.reverse(served);
        return served.stream().filter(event -> event.getResponse().getStatus() == 202).map(event -> {
            List<JsonNode> batch = new ArrayList<>();
            readTree(event.getRequest().getBodyAsString()).forEach(batch::add);
            return batch;
        }).toList();
    }

    private void handedOn(UUID note, int daysAgo) throws SQLException {
        try (var connection = dataSource.getConnection(); var update = connection.prepareStatement(
                "update outbox set published_at = now() - make_interval(days => ?) where aggregateid = ?")) {
            update.setInt(1, daysAgo);
            update.setString(2, note.toString());
            assertThat(update.executeUpdate()).isOne();
        }
    }

    private static JsonNode readTree(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
