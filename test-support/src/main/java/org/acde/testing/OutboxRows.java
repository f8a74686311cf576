package org.acde.testing;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The events a service recorded in its transactional outbox (the platform's {@code Outbox}), read with plain JDBC
 * from its database as the service's own user: how a test proves what a write recorded, in which transaction, and
 * that a refused write recorded nothing.
 */
public final class OutboxRows {

    private static final ObjectMapper JSON = new ObjectMapper();

    private OutboxRows() {
    }

    /**
     * One outbox row.
     *
     * @param event       the CloudEvent as recorded (structured JSON)
     * @param transaction the PostgreSQL transaction that wrote it, to compare with {@link #transactionOf} the change's
     */
    public record Row(long seq, String id, String aggregateType, String aggregateId, String type, String subject,
            List<String> parties, List<String> audience, JsonNode event, long transaction) {

        /** The CloudEvent's {@code data}. */
        public JsonNode data() {
            return event.get("data");
        }
    }

    /** The highest {@code seq} recorded so far, 0 with none: a test's writes record the rows {@link #after} it. */
    public static long last(String jdbcUrl) {
        try (Connection connection = connect(jdbcUrl);
                PreparedStatement query = connection.prepareStatement("SELECT coalesce(max(seq), 0) FROM outbox");
                ResultSet result = query.executeQuery()) {
            result.next();
            return result.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The rows recorded after {@code seq}, in the order they were recorded. */
    public static List<Row> after(String jdbcUrl, long seq) {
        try (Connection connection = connect(jdbcUrl); PreparedStatement query = connection.prepareStatement("""
                SELECT seq, id, aggregatetype, aggregateid, type, subject, parties, audience, payload, xmin::text::bigint
                FROM outbox WHERE seq > ? ORDER BY seq""")) {
            query.setLong(1, seq);
            List<Row> rows = new ArrayList<>();
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    rows.add(new Row(result.getLong(1), result.getString(2), result.getString(3), result.getString(4),
                            result.getString(5), result.getString(6), strings(result.getArray(7)),
                            strings(result.getArray(8)), JSON.readTree(result.getString(9)), result.getLong(10)));
                }
            }
            return rows;
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The PostgreSQL transaction that last wrote the row {@code id} of {@code table}. */
    public static long transactionOf(String jdbcUrl, String table, String id) {
        try (Connection connection = connect(jdbcUrl);
                PreparedStatement query = connection.prepareStatement(
                        "SELECT xmin::text::bigint FROM \"" + table + "\" WHERE id = cast(? AS uuid)")) {
            query.setString(1, id);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalArgumentException("No row " + id + " in " + table);
                }
                return result.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect(String jdbcUrl) throws SQLException {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(jdbcUrl, config.getValue("quarkus.datasource.username", String.class),
                config.getOptionalValue("quarkus.datasource.password", String.class).orElse(""));
    }

    private static List<String> strings(Array array) throws SQLException {
        return List.of((String[]) array.getArray());
    }
}
