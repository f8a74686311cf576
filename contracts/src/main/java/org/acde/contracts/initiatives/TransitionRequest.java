package org.acde.contracts.initiatives;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to move an initiative to another status. */
@Schema(examples = "{\"to\": \"ENDORSED\", \"reason\": \"Endorsed at the 5th ASEAN-China Digital Ministers' Meeting\"}", description = "Move an initiative to another status")
public record TransitionRequest(
        @NotNull InitiativeStatus to,
        @NotBlank @Size(max = 1000) @Schema(examples = "Endorsed at the 5th ASEAN-China Digital Ministers' Meeting") String reason) {
}
