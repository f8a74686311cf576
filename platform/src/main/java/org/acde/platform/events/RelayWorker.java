package org.acde.platform.events;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;

/**
 * Runs the relay's passes on a thread of its own whenever something wakes it: a commit that recorded events (through
 * {@link OutboxListener}), the slow safety-net poll, start-up. Wake-ups during a pass make exactly one more pass, so
 * nothing committed meanwhile waits for the poll. When a pass fails it backs off (1 s, doubling, up to
 * {@code acde.events.relay.max-backoff}) and tries again, saying so once when it starts failing and once when it
 * recovers.
 */
@ApplicationScoped
public class RelayWorker {

    private static final Logger LOG = Logger.getLogger(RelayWorker.class);
    private static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final OutboxRelay relay;
    private final boolean enabled;
    private final Duration maxBackoff;
    private final BlockingQueue<Boolean> wakes = new ArrayBlockingQueue<>(1);
    private Thread thread;

    RelayWorker(OutboxRelay relay, @ConfigProperty(name = "acde.events.relay.enabled") boolean enabled,
            @ConfigProperty(name = "acde.events.relay.max-backoff") Duration maxBackoff) {
        this.relay = relay;
        this.enabled = enabled;
        this.maxBackoff = maxBackoff;
    }

    void start(@Observes StartupEvent event) {
        if (enabled) {
            thread = new Thread(this::run, "acde-outbox-relay");
            thread.setDaemon(true);
            thread.start();
            wake();
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (thread != null) {
            thread.interrupt();
        }
    }

    /** Asks for a pass; a pass already asked for and not yet begun covers this one too. */
    public void wake() {
        wakes.offer(Boolean.TRUE);
    }

    @Scheduled(every = "${acde.events.relay.poll-every}", delayed = "${acde.events.relay.poll-every}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        wake();
    }

    private void run() {
        Duration backoff = Duration.ZERO;
        boolean failing = false;
        while (!Thread.currentThread().isInterrupted()) {
            try {
                wakes.take();
                relay.pass();
                if (failing) {
                    LOG.info("Outbox relay: events-service takes events again");
                    failing = false;
                }
                backoff = Duration.ZERO;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                if (!failing) {
                    LOG.warnf("Outbox relay: events are not handed on (%s); they stay in the outbox and are retried,"
                            + " backing off up to %s", reason(e), maxBackoff);
                } else {
                    LOG.debugf("Outbox relay: still failing (%s)", reason(e));
                }
                failing = true;
                backoff = backoff.isZero() ? FIRST_BACKOFF : min(backoff.multipliedBy(2), maxBackoff);
                backOff(backoff);
            }
        }
    }

    private void backOff(Duration backoff) {
        try {
            Thread.sleep(backoff.toMillis());
            wake();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The failure's kind and its innermost cause: what went wrong, without the layers in between. */
    private static String reason(Throwable failure) {
        Throwable cause = failure;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause == failure ? failure.toString() : failure.getClass().getSimpleName() + ": " + cause;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
