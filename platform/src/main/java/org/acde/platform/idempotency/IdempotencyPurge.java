package org.acde.platform.idempotency;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/** Forgets Idempotency-Key records once they are older than the retention (at least 24 h). */
@ApplicationScoped
public class IdempotencyPurge {

    private static final Logger LOG = Logger.getLogger(IdempotencyPurge.class);

    private final EntityManager em;
    private final Duration retention;

    IdempotencyPurge(EntityManager em, @ConfigProperty(name = "acde.idempotency.retention") Duration retention) {
        this.em = em;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        int purged = em.createNativeQuery("DELETE FROM idempotency_key WHERE created_at < now() - make_interval(secs => ?1)")
                .setParameter(1, (double) retention.toSeconds()).executeUpdate();
        if (purged > 0) {
            LOG.infof("Purged %d idempotency keys older than %s", purged, retention);
        }
    }
}
