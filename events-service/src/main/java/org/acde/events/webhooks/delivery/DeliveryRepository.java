package org.acde.events.webhooks.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class DeliveryRepository implements PanacheRepositoryBase<Delivery, UUID> {

    /**
     * Queues again, from {@code now} until {@code giveUpAt}, the subscription's deliveries created in [from, to) that
     * are not pending; answers how many.
     */
    int redeliver(UUID webhookId, Instant from, Instant to, Instant now, Instant giveUpAt) {
        return getEntityManager().createNativeQuery("""
                update webhook_delivery set status = 'PENDING', attempts = 0, next_attempt_at = ?1, give_up_at = ?2,
                       locked_until = null, lease = null
                where webhook_id = ?3 and status <> 'PENDING' and created_at >= ?4 and created_at < ?5""")
                .setParameter(1, now).setParameter(2, giveUpAt)
                .setParameter(3, webhookId).setParameter(4, from).setParameter(5, to)
                .executeUpdate();
    }
}
