package org.acde.contracts.dialogues;

import java.util.UUID;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.openapi.ExampleIds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outcome of a dialogue about one initiative, as its host's agency or the secretariat records it. */
@Schema(examples = "{\"initiativeId\": \"" + ExampleIds.INITIATIVE + "\", \"kind\": \"ENDORSED\", \"note\": \"Endorsed as a flagship initiative for 2027\"}", description = "What a dialogue did about an initiative")
public record OutcomeInput(
        @NotNull @Schema(description = "The initiative; one the caller may see") UUID initiativeId,
        @NotNull OutcomeKind kind,
        @Size(max = 2000) @Schema(description = "Required for TASKED: what the meeting tasked; optional otherwise", examples = "Endorsed as a flagship initiative for 2027") String note) {
}
