package org.acde.events.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import org.acde.events.feed.EventsStored;
import org.acde.events.feed.StoredEvent;
import org.acde.platform.events.PublishedEvent;
import org.hibernate.JDBCException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Stores a batch in one transaction: the events not stored before, each at the next position, in the batch's order.
 * The positions are taken under one advisory lock held to commit, so they commit in the order they are taken: a
 * reader never sees a position while a lower one is still to come (the feed's cursors rely on it).
 */
@ApplicationScoped
public class Ingestion {

    /** Wakes whatever waits for new events (webhook delivery) in every replica, at commit. */
    public static final String CHANNEL = "acde_events";
    /** The advisory lock that orders positions: "acdefeed" in ASCII. */
    static final long POSITIONS_LOCK = 0x6163_6465_6665_6564L;

    private final DataSource database;
    private final Event<EventsStored> stored;
    private final ObjectMapper mapper;

    Ingestion(DataSource database, Event<EventsStored> stored, ObjectMapper mapper) {
        this.database = database;
        this.stored = stored;
        this.mapper = mapper;
    }

    @Transactional
    public void store(List<PublishedEvent> batch) {
        List<StoredEvent> fresh;
        try (Connection connection = database.getConnection()) {
            try (var lock = connection.prepareStatement("select pg_advisory_xact_lock(?)")) {
                lock.setLong(1, POSITIONS_LOCK);
                lock.execute();
            }
            List<PublishedEvent> unseen = unseen(connection, batch);
            if (unseen.isEmpty()) {
                return;
            }
            fresh = insert(connection, unseen, positions(connection, unseen.size()));
            if (!fresh.isEmpty()) {
                try (var notify = connection.prepareStatement("notify " + CHANNEL)) {
                    notify.execute();
                }
            }
        } catch (SQLException e) {
            // Wrapped as Hibernate wraps it, so that PersistenceProblems answers a database that went away with a 503.
            throw new JDBCException("Cannot store events", e);
        }
        if (!fresh.isEmpty()) {
            // In this transaction: what must follow from the events (webhook deliveries) is written with them or not at all.
            stored.fire(new EventsStored(fresh));
        }
    }

    /** The events of the batch whose id is not stored yet, in the batch's order. */
    private static List<PublishedEvent> unseen(Connection connection, List<PublishedEvent> batch) throws SQLException {
        Set<UUID> known = new HashSet<>();
        try (var select = connection.prepareStatement("select id from event where id = any(?)")) {
            select.setArray(1, connection.createArrayOf("uuid", batch.stream().map(PublishedEvent::id).toArray()));
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    known.add(rows.getObject(1, UUID.class));
                }
            }
        }
        return batch.stream().filter(event -> !known.contains(event.id())).toList();
    }

    private static long[] positions(Connection connection, int count) throws SQLException {
        long[] positions = new long[count];
        try (var next = connection.prepareStatement("select nextval('event_position') from generate_series(1, ?) order by 1")) {
            next.setInt(1, count);
            try (var rows = next.executeQuery()) {
                for (int i = 0; rows.next(); i++) {
                    positions[i] = rows.getLong(1);
                }
            }
        }
        return positions;
    }

    private List<StoredEvent> insert(Connection connection, List<PublishedEvent> events, long[] positions)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                insert into event (position, id, type, subject, parties, audience, occurred_at, stored_at, payload)
                values (?, ?, ?, ?, ?, ?, ?, clock_timestamp(), cast(? as jsonb))
                on conflict (id) do nothing""")) {
            for (int i = 0; i < events.size(); i++) {
                PublishedEvent event = events.get(i);
                insert.setLong(1, positions[i]);
                insert.setObject(2, event.id());
                insert.setString(3, event.type());
                insert.setString(4, event.subject());
                insert.setArray(5, connection.createArrayOf("text", event.parties().stream().sorted().toArray()));
                insert.setArray(6, connection.createArrayOf("text", event.audience().stream().sorted().toArray()));
                insert.setObject(7, event.occurredAt());
                insert.setString(8, json(event));
                insert.addBatch();
            }
            int[] counts = insert.executeBatch();
            List<StoredEvent> stored = new ArrayList<>();
            for (int i = 0; i < events.size(); i++) {
                // Always 1 under the lock; a 0 would be a row stored without it, not this batch's to announce.
                if (counts[i] == 1) {
                    PublishedEvent event = events.get(i);
                    stored.add(new StoredEvent(positions[i], event.id(), event.type(), event.subject(),
                            new LinkedHashSet<>(event.parties()), new LinkedHashSet<>(event.audience()),
                            event.occurredAt(), event.event()));
                }
            }
            return stored;
        }
    }

    private String json(PublishedEvent event) {
        try {
            return mapper.writeValueAsString(event.event());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
