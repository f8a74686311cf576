package org.acde.contracts.library;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to move a library item to another status. */
@Schema(examples = "{\"to\": \"PUBLISHED\", \"reason\": \"Cleared for publication by the ASEAN Secretariat\"}", description = "Move a library item to another status")
public record LibraryTransitionRequest(
        @NotNull LibraryItemStatus to,
        @NotBlank @Size(max = 1000) @Schema(examples = "Cleared for publication by the ASEAN Secretariat") String reason) {
}
