package org.acde.contracts.initiatives;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.openapi.ExampleIds;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A request to move an initiative to another status; an endorsement may name the dialogue that endorsed it. */
@Schema(examples = "{\"to\": \"ENDORSED\", \"reason\": \"Endorsed at the 5th ASEAN-China Digital Ministers' Meeting\", \"dialogueId\": \"" + ExampleIds.DIALOGUE + "\"}", description = "Move an initiative to another status")
public record TransitionRequest(
        @NotNull InitiativeStatus to,
        @NotBlank @Size(max = 1000) @Schema(examples = "Endorsed at the 5th ASEAN-China Digital Ministers' Meeting") String reason,
        @Schema(description = "Only with `to: ENDORSED`: the dialogue that endorsed the initiative, which must record an ENDORSED outcome for it (see `/api/v1/dialogues/{id}/outcomes`); the history shows it") UUID dialogueId) {
}
