package org.acde.contracts.webhooks;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook subscription as its owner sees it; the signing secret only in the answer that created it. */
@Schema(requiredProperties = { "id", "url", "types", "parties", "status", "createdAt", "updatedAt" }, description = "A webhook subscription", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record WebhookView(
        UUID id,
        String url,
        List<String> types,
        List<Party> parties,
        String description,
        WebhookStatus status,
        @Schema(description = "Since when deliveries have stopped (status FAILING)") Instant failingSince,
        @Schema(description = "Until when deliveries are also signed with the secret before the last rotation") Instant previousSecretExpiresAt,
        @Schema(description = "The signing secret (`whsec_` + base64), in the answer to the creation only: store it now", examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {

    public WebhookView withSecret(String signingSecret) {
        return new WebhookView(id, url, types, parties, description, status, failingSince, previousSecretExpiresAt,
                signingSecret, createdBy, createdAt, updatedBy, updatedAt);
    }
}
