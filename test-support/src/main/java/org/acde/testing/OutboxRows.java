package org.acde.testing;

import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restassured.response.Response;

/**
 * The events a service recorded in its transactional outbox (the platform's {@code Outbox}), read with plain JDBC:
 * how a test proves what a write recorded, in which transaction, and that a refused write recorded nothing. Take
 * {@link #last} before the change, then read {@link #since} it.
 */
public final class OutboxRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One recorded event: the row's columns and the CloudEvent it carries.
     *
     * @param event       the CloudEvent, structured JSON, as recorded
     * @param transaction the PostgreSQL transaction that wrote it, to compare with {@link #transactionOf} the change's
     */
    public record Row(long seq, UUID id, String aggregateType, String aggregateId, String type, String subject,
            List<String> parties, List<String> audience, Instant occurredAt, Instant publishedAt, JsonNode event,
            long transaction) {

        /** The CloudEvent's data: the resource's view, or its ids for a deletion. */
        public JsonNode data() {
            return event.path("data");
        }
    }

    private OutboxRows() {
    }

    /** The newest row's {@code seq}, 0 for an empty outbox. */
    public static long last(DataSource dataSource) {
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement();
                var result = statement.executeQuery("select coalesce(max(seq), 0) from outbox")) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows after {@code seq}, in the order they were written. */
    public static List<Row> since(DataSource dataSource, long seq) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement("""
                select seq, id, aggregatetype, aggregateid, type, subject, parties, audience, occurred_at, published_at,
                       payload, xmin::text::bigint
                from outbox where seq > ? order by seq""")) {
            select.setLong(1, seq);
            List<Row> rows = new ArrayList<>();
            try (var result = select.executeQuery()) {
                while (result.next()) {
                    OffsetDateTime published = result.getObject(10, OffsetDateTime.class);
                    rows.add(new Row(result.getLong(1), result.getObject(2, UUID.class), result.getString(3),
                            result.getString(4), result.getString(5), result.getString(6),
                            List.of((String[]) result.getArray(7).getArray()),
                            List.of((String[]) result.getArray(8).getArray()),
                            result.getObject(9, OffsetDateTime.class).toInstant(),
                            published == null ? null : published.toInstant(), JSON.readTree(result.getString(11)),
                            result.getLong(12)));
                }
            }
            return rows;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The 200 body of {@code response}, a read of the resource, without {@code fields} (what the event may not carry,
     * a contact): what the data of the event of its change must equal.
     */
    public static JsonNode bodyOf(Response response, String... fields) {
        try {
            ObjectNode body = (ObjectNode) JSON.readTree(response.then().statusCode(200).extract().asString());
            body.remove(List.of(fields));
            return body;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PostgreSQL transaction that last wrote the row {@code id} of {@code table}. */
    public static long transactionOf(DataSource dataSource, String table, String id) {
        try (var connection = dataSource.getConnection(); var select = connection.prepareStatement(
                "select xmin::text::bigint from \"" + table + "\" where id = cast(? as uuid)")) {
            select.setString(1, id);
            try (var result = select.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalArgumentException("No row " + id + " in " + table);
                }
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
