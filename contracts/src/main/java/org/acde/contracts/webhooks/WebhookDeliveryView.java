package org.acde.contracts.webhooks;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One event's delivery to one subscription, with the outcome of its last attempt. */
@Schema(requiredProperties = { "id", "position", "eventId", "eventType", "subject", "status", "attempts", "createdAt" }, description = "A webhook delivery")
public record WebhookDeliveryView(
        UUID id,
        @Schema(description = "The event's position in the change feed (`GET /api/v1/events`)") long position,
        @Schema(description = "The event's id, sent as `webhook-id`") UUID eventId,
        String eventType,
        String subject,
        WebhookDeliveryStatus status,
        @Schema(description = "Attempts since the delivery was queued or last redelivered") int attempts,
        @Schema(description = "When the delivery was queued") Instant createdAt,
        Instant lastAttemptAt,
        @Schema(description = "What the last attempt came to: `status 200`, `status 500`, `timeout`, `connection failed`, `redirect not followed (status 302)`, `address not allowed`, ...", examples = "status 503") String outcome,
        @Schema(description = "When the next attempt is due (PENDING only)") Instant nextAttemptAt,
        Instant deliveredAt) {
}
