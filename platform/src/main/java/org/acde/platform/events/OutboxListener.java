package org.acde.platform.events;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.Driver;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Wakes the relay the moment a transaction that recorded events commits: {@link Outbox} NOTIFYs
 * {@value Outbox#CHANNEL}, and this LISTENs to it on a connection of its own (a LISTEN belongs to its session, so it
 * stays out of the pool). When the connection breaks it reconnects every few seconds, saying so once; meanwhile the
 * relay's poll still runs.
 */
@ApplicationScoped
class OutboxListener {

    private static final Logger LOG = Logger.getLogger(OutboxListener.class);
    /** How long one wait for notifications lasts; after a quiet one the connection is checked. */
    private static final int WAIT_MILLIS = 10_000;
    private static final int CHECK_SECONDS = 5;
    private static final Duration RECONNECT_DELAY = Duration.ofSeconds(2);

    private final RelayWorker worker;
    private final boolean enabled;
    private final String url;
    private final Properties credentials = new Properties();
    private Thread thread;

    OutboxListener(RelayWorker worker, @ConfigProperty(name = "acde.events.relay.enabled") boolean enabled,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.worker = worker;
        this.enabled = enabled;
        this.url = url;
        credentials.setProperty("user", username);
        password.ifPresent(value -> credentials.setProperty("password", value));
        credentials.setProperty("tcpKeepAlive", "true");
        credentials.setProperty("ApplicationName", "acde-outbox-listener");
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            thread = new Thread(this::run, "acde-outbox-listener");
            thread.setDaemon(true);
            thread.start();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (thread != null) {
            thread.interrupt();
        }
    }

    private void run() {
        boolean lost = false;
        while (!Thread.currentThread().isInterrupted()) {
            try (Connection connection = new Driver().connect(url, credentials)) {
                try (var listen = connection.createStatement()) {
                    listen.execute("listen " + Outbox.CHANNEL);
                }
                if (lost) {
                    LOG.info("Outbox listener: listening again");
                    lost = false;
                }
                // Whatever committed while nobody listened.
                worker.wake();
                listen(connection.unwrap(PGConnection.class), connection);
            } catch (SQLException e) {
                if (!lost) {
                    LOG.warnf("Outbox listener: no connection to the database (%s); reconnecting every %s, the relay"
                            + " polls meanwhile", e.getMessage(), RECONNECT_DELAY);
                    lost = true;
                }
            }
            try {
                Thread.sleep(RECONNECT_DELAY.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Returns when the connection is no longer valid or the thread is interrupted. */
    private void listen(PGConnection notifications, Connection connection) throws SQLException {
        while (!Thread.currentThread().isInterrupted()) {
            PGNotification[] received = notifications.getNotifications(WAIT_MILLIS);
            if (received != null && received.length > 0) {
                worker.wake();
            } else if (!connection.isValid(CHECK_SECONDS)) {
                throw new SQLException("the LISTEN connection stopped answering");
            }
        }
    }
}
