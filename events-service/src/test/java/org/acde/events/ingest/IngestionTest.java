package org.acde.events.ingest;

import static org.acde.events.Events.PUBLISHER;
import static org.acde.events.Events.drain;
import static org.acde.events.Events.event;
import static org.acde.events.Events.head;
import static org.acde.events.Events.id;
import static org.acde.events.Events.publicEvent;
import static org.acde.events.Events.publish;
import static org.acde.events.Events.published;
import static org.acde.testing.Challenges.assertNoToken;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.is;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.acde.events.feed.EventsStored;
import org.acde.events.feed.StoredEvent;
import org.acde.testing.OidcServer;
import org.acde.testing.Tokens;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** POST /internal/v1/events: who may hand events in, what is stored once and in which order, what is refused whole. */
@QuarkusTest
@QuarkusTestResource(OidcServer.class)
class IngestionTest {

    @Inject
    DataSource database;

    @Inject
    StoredEventsRecorder recorder;

    @Test
    void onlyARelayWithTheEventPublisherRoleHandsEventsIn() throws SQLException {
        Map<String, Object> event = publicEvent();
        assertNoToken(publish(null, List.of(event)).then());
        for (String token : List.of(Tokens.secretariat(), Tokens.agency("VN"), Tokens.partner("VN"),
                Tokens.token("no-role", null, null))) {
            publish(token, List.of(event)).then().statusCode(403).contentType("application/problem+json")
                    .body("type", is("urn:acde:problem:forbidden"));
        }
        assertThat(stored(id(event))).isZero();
        published(event);
        assertThat(stored(id(event))).isOne();
    }

    @Test
    void aBatchSentTwiceIsStoredOnceAndAnnouncedOnce() throws SQLException {
        String from = head();
        Map<String, Object> first = publicEvent();
        Map<String, Object> second = publicEvent();
        int announced = recorder.seen().size();
        published(first, second);
        published(first, second);
        assertThat(drain(Tokens.secretariat(), from, Map.of()).ids()).containsExactly(id(first), id(second));
        assertThat(recorder.seen()).hasSize(announced + 1);

        // A retried batch with one new event at its end stores and announces only that one, after the others.
        Map<String, Object> third = publicEvent();
        published(first, second, third);
        assertThat(drain(Tokens.secretariat(), from, Map.of()).ids()).containsExactly(id(first), id(second), id(third));
        List<EventsStored> seen = recorder.seen();
        assertThat(seen.get(seen.size() - 1).events()).extracting(e -> e.id().toString())
                .containsExactly(id(third));
        assertThat(stored(id(first)) + stored(id(second)) + stored(id(third))).isEqualTo(3);
    }

    @Test
    void positionsFollowTheOrderEventsArriveIn() throws SQLException {
        List<Map<String, Object>> arrivals = new ArrayList<>();
        for (int batch = 0; batch < 3; batch++) {
            Map<String, Object> a = publicEvent();
            Map<String, Object> b = publicEvent();
            published(a, b);
            arrivals.add(a);
            arrivals.add(b);
        }
        List<Long> positions = new ArrayList<>();
        for (Map<String, Object> event : arrivals) {
            positions.add(position(id(event)));
        }
        assertThat(positions).isSorted().doesNotHaveDuplicates();
        // What ingestion announced carries the same positions, in order, with the event as recorded.
        List<EventsStored> seen = recorder.seen();
        List<StoredEvent> announced = seen.subList(seen.size() - 3, seen.size()).stream()
                .flatMap(stored -> stored.events().stream()).toList();
        assertThat(announced).extracting(StoredEvent::position).containsExactlyElementsOf(positions);
        assertThat(announced).extracting(e -> e.id().toString()).containsExactlyElementsOf(arrivals.stream().map(e -> id(e)).toList());
        assertThat(announced.get(0).audience()).containsExactly("anyone");
        assertThat(announced.get(0).event().path("type").asText()).isEqualTo("org.acde.matchmaking.interest.accepted");
    }

    @Test
    void anObserverThatFailsStoresNothingOfTheBatch() throws SQLException {
        Map<String, Object> good = publicEvent();
        Map<String, Object> refused = event(StoredEventsRecorder.REFUSED, "/api/v1/interests/x1", List.of(), List.of("anyone"));
        publish(PUBLISHER, List.of(good, refused)).then().statusCode(500).contentType("application/problem+json");
        assertThat(stored(id(good)) + stored(id(refused))).isZero();
    }

    @Test
    void aBatchIsArrayOfOneToAThousandEvents() {
        publish(PUBLISHER, Map.of("id", "x")).then().statusCode(400).contentType("application/problem+json");
        publish(PUBLISHER, "[").then().statusCode(400).contentType("application/problem+json");
        publish(PUBLISHER, List.of()).then().statusCode(400).body("errors.field", containsInAnyOrder("body"));
        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 1001; i++) {
            tooMany.add(publicEvent());
        }
        publish(PUBLISHER, tooMany).then().statusCode(400).body("errors.field", containsInAnyOrder("body"));
    }

    @Test
    void aBadEventRefusesTheWholeBatchNamingEveryFault() throws SQLException {
        Map<String, Object> good = publicEvent();
        List<Map<String, Object>> bad = new ArrayList<>();
        bad.add(changed(publicEvent(), e -> e.put("type", "Not A Type")));
        bad.add(changed(publicEvent(), e -> e.put("subject", "https://evil.example/x")));
        bad.add(changed(publicEvent(), e -> e.put("parties", List.of("VN", "VN", "XX"))));
        bad.add(changed(publicEvent(), e -> e.put("audience", List.of("party:XX", "everyone", "client:"))));
        bad.add(changed(publicEvent(), e -> cloud(e).put("type", "org.acde.matchmaking.interest.declined")));
        bad.add(changed(publicEvent(), e -> cloud(e).put("time", "2020-01-01T00:00:00Z")));
        bad.add(changed(publicEvent(), e -> cloud(e).put("specversion", "0.3")));
        bad.add(changed(publicEvent(), e -> cloud(e).put("source", "https://evil.example")));
        bad.add(changed(publicEvent(), e -> e.put("event", "not an object")));
        bad.add(changed(publicEvent(), e -> e.put("aggregateId", " ")));
        Map<String, Object> twin = publicEvent();
        bad.add(twin);
        bad.add(twin);
        List<Object> batch = new ArrayList<>(List.of(good));
        batch.addAll(bad);
        publish(PUBLISHER, batch).then().statusCode(400).contentType("application/problem+json")
                .body("type", is("urn:acde:problem:validation"))
                .body("errors.field", containsInAnyOrder("[1].type", "[1].event.type", "[2].subject", "[2].event.subject",
                        "[3].parties[1]", "[3].parties[2]", "[4].audience[0]", "[4].audience[1]", "[4].audience[2]",
                        "[5].event.type", "[6].event.time", "[7].event.specversion", "[8].event.source", "[9].event",
                        "[10].aggregateId", "[12].id"));
        assertThat(stored(id(good))).isZero();
    }

    @Test
    void malformedFieldsAreNamed() {
        publish(PUBLISHER, List.of(changed(publicEvent(), e -> e.put("occurredAt", "yesterday")))).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("[0].occurredAt"));
        publish(PUBLISHER, List.of(changed(publicEvent(), e -> e.put("position", 1)))).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("[0].position"));
        publish(PUBLISHER, List.of(changed(publicEvent(), e -> e.remove("id")))).then().statusCode(400)
                .body("errors.field", containsInAnyOrder("[0].id", "[0].event.id"));
    }

    private static Map<String, Object> changed(Map<String, Object> event, Consumer<Map<String, Object>> change) {
        change.accept(event);
        return event;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cloud(Map<String, Object> event) {
        return (Map<String, Object>) event.get("event");
    }

    private long stored(String id) throws SQLException {
        try (var connection = database.getConnection();
                var select = connection.prepareStatement("select count(*) from event where id = cast(? as uuid)")) {
            select.setString(1, id);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private long position(String id) throws SQLException {
        try (var connection = database.getConnection();
                var select = connection.prepareStatement("select position from event where id = cast(? as uuid)")) {
            select.setString(1, id);
            try (var rows = select.executeQuery()) {
                assertThat(rows.next()).as("event %s stored", id).isTrue();
                return rows.getLong(1);
            }
        }
    }
}
