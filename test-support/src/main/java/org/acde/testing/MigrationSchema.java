package org.acde.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;

/**
 * A schema of its own in the test database, migrated by the service's migrations (and the platform's) up to a version,
 * on connections of its own so the service's pool never sees it: how a migration test writes rows as the version
 * before did, migrates, and reads what the migration made of them. {@link #current()} reads the service's own schema.
 */
public final class MigrationSchema {

    private final String name;
    private final String url;
    private final String username;
    private final String password;

    private MigrationSchema(String name, Config config) {
        this.name = name;
        this.url = config.getValue("quarkus.datasource.jdbc.url", String.class);
        this.username = config.getValue("quarkus.datasource.username", String.class);
        this.password = config.getValue("quarkus.datasource.password", String.class);
    }

    /** The schema {@code name}, emptied of what an earlier run left and migrated up to {@code version}. */
    public static MigrationSchema at(String name, String version) {
        MigrationSchema schema = new MigrationSchema(name, ConfigProvider.getConfig());
        schema.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
        schema.migrateTo(version);
        return schema;
    }

    /** The schema the service itself runs on, as this version migrated it. */
    public static MigrationSchema current() {
        return new MigrationSchema("public", ConfigProvider.getConfig());
    }

    public void migrateTo(String version) {
        Flyway.configure().dataSource(url, username, password).schemas(name).defaultSchema(name).createSchemas(true)
                .locations("classpath:db/migration", "classpath:db/platform").outOfOrder(true)
                .target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    public void execute(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first column of every row {@code sql} answers, as text. */
    public List<String> strings(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getString(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void drop() {
        execute("DROP SCHEMA " + name + " CASCADE");
    }

    private Connection connect() throws SQLException {
        Connection connection = DriverManager.getConnection(url, username, password);
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + name);
        }
        return connection;
    }
}
