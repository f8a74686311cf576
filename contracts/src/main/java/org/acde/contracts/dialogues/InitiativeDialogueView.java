package org.acde.contracts.dialogues;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dialogue an initiative went through, with what it did about the initiative. */
@Schema(requiredProperties = { "dialogueId", "kind", "title", "startDate", "endDate", "hostParty", "outcomes" }, description = "A dialogue an initiative went through and its outcomes for the initiative")
public record InitiativeDialogueView(
        UUID dialogueId,
        DialogueKind kind,
        String title,
        LocalDate startDate,
        LocalDate endDate,
        Party hostParty,
        @Schema(description = "What the dialogue did about this initiative, in the order recorded") List<OutcomeView> outcomes) {
}
