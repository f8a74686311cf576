package org.acde.contracts.capacity;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A credential to check. */
@Schema(description = "A credential to verify")
public record VerificationRequest(
        @NotNull @Size(max = 65536) @Schema(description = "The VC-JWT as issued (compact JWS)") String credential) {
}
