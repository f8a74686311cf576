package org.acde.events.webhooks.delivery;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.acde.events.webhooks.subscription.WebhooksConfig;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Every replica's one delivery loop: records the attempts that completed, claims due deliveries while it has room
 * ({@code max-in-flight}, and {@code max-in-flight-per-webhook} for one subscription), starts sending them, and
 * otherwise sleeps until woken ({@link Wakeup}), a retry falls due, or {@code poll-every} passes. All its database
 * work is on this thread; the sending is asynchronous, so a slow receiver holds only its own slots.
 */
@ApplicationScoped
class Deliverer {

    private static final Logger LOG = Logger.getLogger(Deliverer.class);

    private final DeliveryStore store;
    private final Sender sender;
    private final Wakeup wakeup;
    private final WebhooksConfig config;
    private final Backoff backoff;
    private final ConcurrentLinkedQueue<DeliveryStore.Attempt> completed = new ConcurrentLinkedQueue<>();
    private final Map<UUID, Integer> inFlight = new HashMap<>();
    private volatile boolean running;
    private Thread thread;

    Deliverer(DeliveryStore store, Sender sender, Wakeup wakeup, WebhooksConfig config) {
        this.store = store;
        this.sender = sender;
        this.wakeup = wakeup;
        this.config = config;
        this.backoff = new Backoff(config.retry().initialDelay(), config.retry().maxDelay());
    }

    void start(@Observes StartupEvent startup) {
        running = true;
        thread = new Thread(this::run, "webhook-deliverer");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) throws InterruptedException {
        running = false;
        wakeup.signal();
        thread.join(config.timeout().toMillis());
    }

    private void run() {
        while (running) {
            try {
                boolean busy = recordCompleted() | claimAndSend();
                if (!busy) {
                    Duration poll = config.delivery().pollEvery();
                    Optional<Duration> due = store.nextDue();
                    wakeup.await(due.filter(wait -> wait.compareTo(poll) < 0).orElse(poll));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                // The database may be restarting; leases keep what was claimed safe meanwhile.
                LOG.warnf("Webhook delivery loop: %s; trying again in a second", e.getClass().getSimpleName());
                try {
                    wakeup.await(Duration.ofSeconds(1));
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private boolean recordCompleted() throws java.sql.SQLException {
        List<DeliveryStore.Attempt> attempts = new ArrayList<>();
        for (DeliveryStore.Attempt attempt; (attempt = completed.poll()) != null;) {
            attempts.add(attempt);
        }
        if (attempts.isEmpty()) {
            return false;
        }
        try {
            store.record(attempts);
        } finally {
            // Unrecorded (the database is away), their leases run out and they are claimed again: the slots are free.
            attempts.forEach(attempt -> inFlight.computeIfPresent(attempt.claim().webhookId(),
                    (webhook, count) -> count == 1 ? null : count - 1));
        }
        return true;
    }

    private boolean claimAndSend() throws java.sql.SQLException {
        int room = config.delivery().maxInFlight() - inFlight.values().stream().mapToInt(Integer::intValue).sum();
        if (room <= 0) {
            return false;
        }
        int perWebhook = config.delivery().maxInFlightPerWebhook();
        List<UUID> full = inFlight.entrySet().stream().filter(entry -> entry.getValue() >= perWebhook)
                .map(Map.Entry::getKey).toList();
        List<Claim> claims = store.claim(room, perWebhook, full, config.delivery().lease());
        for (Claim claim : claims) {
            inFlight.merge(claim.webhookId(), 1, Integer::sum);
            sender.send(claim).onComplete(result -> {
                Outcome outcome = result.succeeded() ? result.result() : Outcome.CONNECTION_FAILED;
                completed.add(new DeliveryStore.Attempt(claim, outcome,
                        backoff.after(claim.attempts() + 1, outcome.retryAfter())));
                wakeup.signal();
            });
        }
        return !claims.isEmpty();
    }
}
