package org.acde.platform.events;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Forgets outbox rows the relay handed on more than {@code acde.events.outbox-retention} ago (events-service keeps
 * the feed). With the relay off, something else reads the outbox (Debezium reads the write-ahead log, not the table)
 * and nothing marks rows published, so there a row's age alone decides.
 */
@ApplicationScoped
public class OutboxPurge {

    private static final Logger LOG = Logger.getLogger(OutboxPurge.class);

    private final EntityManager em;
    private final Duration retention;
    private final boolean relayed;

    OutboxPurge(EntityManager em, @ConfigProperty(name = "acde.events.outbox-retention") Duration retention,
            @ConfigProperty(name = "acde.events.relay.enabled") boolean relayed) {
        this.em = em;
        this.retention = retention;
        this.relayed = relayed;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        String column = relayed ? "published_at" : "occurred_at";
        int purged = em.createNativeQuery("delete from outbox where " + column + " < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) retention.toSeconds()).executeUpdate();
        if (purged > 0) {
            LOG.infof("Purged %d outbox rows older than %s", purged, retention);
        }
    }
}
