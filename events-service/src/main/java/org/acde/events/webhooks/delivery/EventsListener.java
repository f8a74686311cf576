package org.acde.events.webhooks.delivery;

import java.sql.Connection;
import java.time.Duration;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Wakes this replica's deliverer when any replica stores events: ingestion sends {@code NOTIFY acde_events} at
 * commit, and this thread holds one connection that LISTENs for it. If the connection breaks, it reconnects; the
 * deliverer's poll covers the gap.
 */
@ApplicationScoped
class EventsListener {

    static final String CHANNEL = "acde_events";
    private static final Logger LOG = Logger.getLogger(EventsListener.class);
    private static final int WAIT_MILLIS = 1000;

    private final DataSource dataSource;
    private final Wakeup wakeup;
    private volatile boolean running;
    private Thread thread;

    EventsListener(DataSource dataSource, Wakeup wakeup) {
        this.dataSource = dataSource;
        this.wakeup = wakeup;
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::run, "webhook-events-listener");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        thread.join(2 * WAIT_MILLIS);
    }

    private void run() {
        while (running) {
            try (Connection connection = dataSource.getConnection(); var listen = connection.createStatement()) {
                listen.execute("listen " + CHANNEL);
                PGConnection notifications = connection.unwrap(PGConnection.class);
                // Events stored while this connection was not listening are found by the wake-up below.
                wakeup.signal();
                while (running) {
                    var received = notifications.getNotifications(WAIT_MILLIS);
                    if (received != null && received.length > 0) {
                        wakeup.signal();
                    }
                }
            } catch (Exception e) {
                if (running) {
                    LOG.warnf("LISTEN %s: %s; reconnecting", CHANNEL, e.getClass().getSimpleName());
                    sleep(Duration.ofSeconds(1));
                }
            }
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
