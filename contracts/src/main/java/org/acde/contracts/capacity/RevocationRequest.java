package org.acde.contracts.capacity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a certificate is revoked; shown to everyone who verifies it. */
@Schema(examples = "{\"reason\": \"Issued in error: results were recorded for the wrong participant\"}", description = "Revoke a certificate")
public record RevocationRequest(@NotBlank @Size(max = 1000) @Schema(examples = "Issued in error: results were recorded for the wrong participant") String reason) {
}
