package org.acde.e2e;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How many rows the services' databases hold, table by table: proof that a rejected request wrote nothing. */
public final class RowCounts implements AutoCloseable {

    private final Map<String, Connection> databases = new LinkedHashMap<>();

    public RowCounts() throws SQLException {
        for (String database : List.of("initiatives", "matchmaking", "capacity").stream().map(name -> name + Stack.DATABASE_SUFFIX).toList()) {
            databases.put(database, DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/" + database, "postgres", ""));
        }
    }

    /** Rows per "database.table", Flyway's history excluded. */
    public Map<String, Long> snapshot() throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Map.Entry<String, Connection> database : databases.entrySet()) {
            List<String> tables = new ArrayList<>();
            try (Statement sql = database.getValue().createStatement();
                    ResultSet rows = sql.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                            + " AND tablename <> 'flyway_schema_history' ORDER BY tablename")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            if (tables.isEmpty()) {
                continue;
            }
            String union = String.join(" UNION ALL ",
                    tables.stream().map(t -> "SELECT '" + t + "', count(*) FROM \"" + t + "\"").toList());
            try (Statement sql = database.getValue().createStatement(); ResultSet rows = sql.executeQuery(union)) {
                while (rows.next()) {
                    counts.put(database.getKey() + "." + rows.getString(1), rows.getLong(2));
                }
            }
        }
        return counts;
    }

    @Override
    public void close() throws SQLException {
        for (Connection connection : databases.values()) {
            connection.close();
        }
    }
}
