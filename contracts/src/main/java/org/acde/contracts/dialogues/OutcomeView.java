package org.acde.contracts.dialogues;

import java.time.Instant;
import java.util.UUID;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outcome as the API shows it. */
@Schema(requiredProperties = { "id", "dialogueId", "initiativeId", "initiativeCode", "kind", "recordedBy", "recordedAt" }, description = "What a dialogue did about an initiative", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record OutcomeView(
        UUID id,
        UUID dialogueId,
        UUID initiativeId,
        @Schema(examples = "ACI-2026-0042") String initiativeCode,
        OutcomeKind kind,
        String note,
        String recordedBy,
        Instant recordedAt) {
}
