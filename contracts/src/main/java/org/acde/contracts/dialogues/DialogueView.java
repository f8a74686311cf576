package org.acde.contracts.dialogues;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dialogue as the API shows it. */
@Schema(requiredProperties = { "id", "kind", "title", "startDate", "endDate", "online", "hostParty", "participatingParties", "agenda", "createdBy", "createdAt", "updatedBy", "updatedAt" }, description = "A dialogue: a meeting or event of the parties", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record DialogueView(
        UUID id,
        DialogueKind kind,
        String title,
        @Schema(description = "BCP 47 tag of the language the title is written in, as the client gave it; absent when not given", examples = "en") String titleLanguage,
        LocalDate startDate,
        @Schema(description = "The last day; equal to `startDate` for a meeting of one day") LocalDate endDate,
        String place,
        boolean online,
        Party hostParty,
        List<Party> participatingParties,
        List<AgendaItem> agenda,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {
}
