package org.acde.events.webhooks;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;

import org.acde.events.feed.EventsStored;
import org.acde.events.feed.StoredEvent;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Stores events the way ingestion does, as far as webhooks can tell: {@link EventsStored} fired in the storing
 * transaction, in position order. Each test class takes event types of its own ({@link #type}), so subscriptions of
 * other tests never match its events.
 */
@ApplicationScoped
public class StoredEvents {

    private static final AtomicLong POSITIONS = new AtomicLong(System.currentTimeMillis());
    private static final AtomicLong TYPES = new AtomicLong();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Event<EventsStored> stored;

    StoredEvents(Event<EventsStored> stored) {
        this.stored = stored;
    }

    /** A type no other test uses: {@code org.acde.t<n>.<resource>.<what>}; its prefix is everything up to the resource. */
    public static String type(String resource, String what) {
        return "org.acde.t" + TYPES.incrementAndGet() + "." + resource + "." + what;
    }

    public static StoredEvent event(String type, String subject, Set<String> parties, Set<String> audience) {
        UUID id = UUID.randomUUID();
        OffsetDateTime time = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        ObjectNode cloudEvent = JSON.createObjectNode()
                .put("specversion", "1.0")
                .put("id", id.toString())
                .put("source", "urn:acde:matchmaking-service")
                .put("type", type)
                .put("subject", subject)
                .put("time", time.toString())
                .put("datacontenttype", "application/json");
        cloudEvent.putObject("data").put("id", subject.substring(subject.lastIndexOf('/') + 1)).put("note", "näive ✓");
        return new StoredEvent(POSITIONS.incrementAndGet(), id, type, subject, parties, audience, time, cloudEvent);
    }

    /** Stores {@code events} in one committed transaction. */
    public void store(StoredEvent... events) {
        QuarkusTransaction.requiringNew().run(() -> stored.fire(new EventsStored(List.of(events))));
    }
}
