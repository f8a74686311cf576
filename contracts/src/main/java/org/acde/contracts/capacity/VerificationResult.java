package org.acde.contracts.capacity;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The verdict on a credential, with what the issuer can say about it. */
@Schema(description = "The result of verifying a credential")
public record VerificationResult(
        Verdict verdict,
        @Schema(description = "Why, in words") String detail,
        @Schema(description = "For a genuine credential") UUID certificateId,
        String achievement,
        Instant validFrom,
        Instant validUntil,
        Instant revokedAt,
        String revocationReason) {

    public static VerificationResult of(Verdict verdict, String detail) {
        return new VerificationResult(verdict, detail, null, null, null, null, null, null);
    }
}
