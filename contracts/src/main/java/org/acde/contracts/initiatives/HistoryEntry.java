package org.acde.contracts.initiatives;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Something that happened to an initiative: its creation, a field update or a status transition. */
@Schema(description = "An event in an initiative's history")
public record HistoryEntry(
        Instant at,
        @Schema(description = "Who did it: the client id, or `<username> via <client id>` for a person signed in through a client") String by,
        Kind kind,
        InitiativeStatus from,
        InitiativeStatus to,
        String reason,
        List<FieldChange> changes,
        @Schema(description = "The dialogue that endorsed the initiative, when its endorsement named one") UUID dialogueId) {

    public enum Kind {
        CREATED,
        UPDATED,
        TRANSITIONED
    }
}
