package org.acde.events.webhooks.delivery;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.webhooks.WebhookDeliveryQuery;
import org.acde.contracts.webhooks.WebhookDeliveryStatus;
import org.acde.contracts.webhooks.WebhookDeliveryView;
import org.acde.contracts.webhooks.WebhookRedeliveries;
import org.acde.contracts.webhooks.WebhookRedeliveryResult;
import org.acde.contracts.webhooks.WebhookStatus;
import org.acde.events.webhooks.subscription.Webhook;
import org.acde.events.webhooks.subscription.WebhookAccess;
import org.acde.events.webhooks.subscription.WebhooksConfig;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.persistence.Keyset;

/**
 * A subscription's deliveries as its owner sees them, and redelivery. Asking for a redelivery also re-enables a
 * FAILING subscription: the owner says its receiver is back, and what queued up meanwhile follows in order.
 */
@ApplicationScoped
@Transactional
public class DeliveryService {

    static final Keyset<Delivery> KEYSET = Keyset.of(Delivery.class)
            .field("position", "position", Long::valueOf, d -> d.position)
            .id("id", UUID::fromString, d -> d.id)
            .defaultSort("position")
            .build();

    private final DeliveryRepository deliveries;
    private final WebhookAccess access;
    private final WebhooksConfig config;
    private final CursorCodec cursors;
    private final Timestamps timestamps;
    private final Wakeup wakeup;

    DeliveryService(DeliveryRepository deliveries, WebhookAccess access, WebhooksConfig config, CursorCodec cursors,
            Timestamps timestamps, Wakeup wakeup) {
        this.deliveries = deliveries;
        this.access = access;
        this.config = config;
        this.cursors = cursors;
        this.timestamps = timestamps;
        this.wakeup = wakeup;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<WebhookDeliveryView> list(UUID webhookId, WebhookDeliveryQuery query, PageParams page) {
        access.owned(webhookId);
        Page<Delivery> rows = KEYSET.page(deliveries.getEntityManager(), cursors, DeliveryFilters.of(webhookId, query),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return rows.map(DeliveryMapper::toView);
    }

    public WebhookDeliveryView redeliver(UUID webhookId, UUID deliveryId) {
        Webhook webhook = access.owned(webhookId);
        Delivery delivery = deliveries.findByIdOptional(deliveryId).filter(d -> d.webhookId.equals(webhookId))
                .orElseThrow(() -> ProblemException.notFound("Delivery", deliveryId));
        if (delivery.status == WebhookDeliveryStatus.PENDING) {
            throw ProblemException.conflict("Delivery " + deliveryId + " is pending already");
        }
        Instant now = timestamps.now();
        delivery.status = WebhookDeliveryStatus.PENDING;
        delivery.attempts = 0;
        delivery.nextAttemptAt = now;
        delivery.giveUpAt = now.plus(config.retry().giveUpAfter());
        delivery.lockedUntil = null;
        delivery.lease = null;
        enable(webhook);
        // Written within the request, so a clash with a concurrent change is answered (412/409), not a failed commit.
        deliveries.flush();
        return DeliveryMapper.toView(delivery);
    }

    public WebhookRedeliveryResult redeliverRange(UUID webhookId, WebhookRedeliveries range) {
        Webhook webhook = access.owned(webhookId);
        Instant now = timestamps.now();
        Instant to = range.to() == null ? now : range.to();
        if (!to.isAfter(range.from())) {
            throw ProblemException.badField("to", "must be after from");
        }
        int count = deliveries.redeliver(webhookId, range.from(), to, now, now.plus(config.retry().giveUpAfter()));
        enable(webhook);
        return new WebhookRedeliveryResult(count);
    }

    private void enable(Webhook webhook) {
        if (webhook.status == WebhookStatus.FAILING) {
            webhook.status = WebhookStatus.ACTIVE;
            webhook.failingSince = null;
        }
        wakeup.signalAfterCommit();
    }
}
