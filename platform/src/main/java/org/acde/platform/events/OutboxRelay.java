package org.acde.platform.events;

import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Hands the outbox's unpublished events to events-service in the order they were written, one batch per transaction.
 * One relay at a time per database: a batch's transaction takes an advisory lock, and a relay that finds it taken (by
 * another replica) leaves the work to its holder. A batch is marked published only after events-service answered 2xx;
 * if the relay dies in between, the batch goes again, and events-service keeps the first copy of each event id.
 */
@ApplicationScoped
public class OutboxRelay {

    /** The relay's advisory lock ("acdeoutb" in ASCII); advisory locks are per database, so one per outbox. */
    static final long LOCK = 0x6163_6465_6f75_7462L;

    private final AgroalDataSource dataSource;
    private final EventsIngest ingest;
    private final ObjectMapper json;
    private final int batchSize;

    OutboxRelay(AgroalDataSource dataSource, @RestClient EventsIngest ingest, ObjectMapper json,
            @ConfigProperty(name = "acde.events.relay.batch-size") int batchSize) {
        this.dataSource = dataSource;
        this.ingest = ingest;
        this.json = json;
        this.batchSize = batchSize;
    }

    /**
     * Hands every unpublished event on, batch after batch; nothing when another relay holds the lock. Throws when a
     * batch could not be handed on (events-service answered otherwise than 2xx or not at all, no token, no database);
     * that batch and the ones after it stay unpublished.
     */
    public void pass() {
        int sent;
        do {
            sent = QuarkusTransaction.requiringNew().call(this::batch);
        } while (sent == batchSize);
    }

    /** How many events the batch handed on. */
    private int batch() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            if (!locked(connection)) {
                return 0;
            }
            List<PublishedEvent> events = unpublished(connection);
            if (!events.isEmpty()) {
                send(events);
                markPublished(connection, events);
            }
            return events.size();
        }
    }

    private static boolean locked(Connection connection) throws SQLException {
        try (var lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, LOCK);
            try (var result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    private List<PublishedEvent> unpublished(Connection connection) throws SQLException {
        try (var select = connection.prepareStatement("""
                select id, aggregatetype, aggregateid, type, subject, occurred_at, parties, audience, payload
                from outbox where published_at is null order by seq limit ?""")) {
            select.setInt(1, batchSize);
            try (var rows = select.executeQuery()) {
                List<PublishedEvent> events = new ArrayList<>();
                while (rows.next()) {
                    events.add(new PublishedEvent(rows.getObject(1, UUID.class), rows.getString(2), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getObject(6, OffsetDateTime.class),
                            List.of((String[]) rows.getArray(7).getArray()),
                            List.of((String[]) rows.getArray(8).getArray()), json.readTree(rows.getString(9))));
                }
                return events;
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException("An outbox payload is not JSON", e);
            }
        }
    }

    private void send(List<PublishedEvent> events) {
        // The REST client throws for a 4xx or 5xx and for a transport failure; anything else but a 2xx (a redirect,
        // which it does not follow) is refused here.
        try (Response response = ingest.ingest(events)) {
            if (response.getStatusInfo().getFamily() != Response.Status.Family.SUCCESSFUL) {
                throw new IllegalStateException("events-service answered " + response.getStatus());
            }
        }
    }

    private static void markPublished(Connection connection, List<PublishedEvent> events) throws SQLException {
        try (var update = connection.prepareStatement("update outbox set published_at = now() where id = any(?)")) {
            update.setArray(1, connection.createArrayOf("uuid", events.stream().map(PublishedEvent::id).toArray()));
            update.executeUpdate();
        }
    }
}
