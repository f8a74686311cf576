package org.acde.events.webhooks.delivery;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.acde.events.webhooks.subscription.WebhooksConfig;

import io.quarkus.scheduler.Scheduled;

/** Deletes deliveries older than {@code acde.webhooks.delivery.retention}, whatever their status. */
@ApplicationScoped
class DeliveryPurge {

    private final EntityManager em;
    private final WebhooksConfig config;
    private final Clock clock;

    DeliveryPurge(EntityManager em, WebhooksConfig config, Clock clock) {
        this.em = em;
        this.config = config;
        this.clock = clock;
    }

    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void purge() {
        em.createNativeQuery("delete from webhook_delivery where created_at < ?1")
                .setParameter(1, Instant.now(clock).minus(config.delivery().retention()))
                .executeUpdate();
    }
}
