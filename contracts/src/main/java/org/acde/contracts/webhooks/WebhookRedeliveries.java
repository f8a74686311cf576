package org.acde.contracts.webhooks;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A range of a subscription's deliveries to send again, by when they were queued. */
@Schema(examples = "{\"from\": \"2027-01-03T00:00:00Z\", \"to\": \"2027-01-04T00:00:00Z\"}", description = "Deliveries queued from `from` (inclusive) to `to` (exclusive, default now)")
public record WebhookRedeliveries(
        @NotNull @Schema(examples = "2027-01-03T00:00:00Z") Instant from,
        @Schema(examples = "2027-01-04T00:00:00Z") Instant to) {
}
