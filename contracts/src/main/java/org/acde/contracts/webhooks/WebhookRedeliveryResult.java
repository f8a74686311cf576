package org.acde.contracts.webhooks;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many deliveries were queued again. */
@Schema(requiredProperties = "redelivered", description = "Deliveries queued again")
public record WebhookRedeliveryResult(@Schema(description = "Failed or delivered deliveries of the range, now PENDING again") long redelivered) {
}
