package org.acde.events.webhooks.delivery;

import org.acde.contracts.webhooks.WebhookDeliveryStatus;
import org.acde.contracts.webhooks.WebhookDeliveryView;

public final class DeliveryMapper {

    private DeliveryMapper() {
    }

    public static WebhookDeliveryView toView(Delivery delivery) {
        return new WebhookDeliveryView(delivery.id, delivery.position, delivery.eventId, delivery.eventType,
                delivery.subject, delivery.status, delivery.attempts, delivery.createdAt, delivery.lastAttemptAt,
                delivery.outcome, delivery.status == WebhookDeliveryStatus.PENDING ? delivery.nextAttemptAt : null,
                delivery.deliveredAt);
    }
}
