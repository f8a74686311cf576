package org.acde.contracts.webhooks;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A new signing secret, shown exactly once. */
@Schema(requiredProperties = { "secret", "previousSecretExpiresAt" }, description = "A rotated signing secret, shown only in this response")
public record WebhookSecret(
        @Schema(description = "The new signing secret (`whsec_` + base64): store it now, it cannot be read again", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(description = "Until then deliveries carry a signature with the previous secret too, so receivers can switch over") Instant previousSecretExpiresAt) {
}
