package org.acde.local;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Runs PostgreSQL 17 from Maven Central binaries until stopped, with its data kept in the given folder, and creates
 * the platform's role and databases like deploy/local/databases.sh does (this machine has no psql then).
 * Usage: EmbeddedPostgresMain <data-dir> [port]
 */
public final class EmbeddedPostgresMain {

    private static final String[] DATABASES = { "initiatives", "matchmaking", "capacity" };

    private EmbeddedPostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]).toAbsolutePath();
        int port = args.length > 1 ? Integer.parseInt(args[1]) : 5432;
        Files.createDirectories(data);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
        }));
        createDatabases(postgres);
        System.out.println("PostgreSQL ready on 127.0.0.1:" + port + ", data in " + data);
        new CountDownLatch(1).await();
    }

    private static void createDatabases(EmbeddedPostgres postgres) throws Exception {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement sql = connection.createStatement()) {
            // Local development credentials only, as in deploy/local/databases.sh.
            try (ResultSet role = sql.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = 'acde'")) {
                if (!role.next()) {
                    sql.execute("CREATE ROLE acde LOGIN PASSWORD 'acde'");
                }
            }
            for (String database : DATABASES) {
                try (ResultSet exists = sql.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                    if (!exists.next()) {
                        sql.execute("CREATE DATABASE " + database + " OWNER acde");
                    }
                }
            }
        }
    }
}
