package org.acde.contracts.initiatives;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An initiative as the API shows it. */
@Schema(requiredProperties = { "id", "code", "title", "summary", "measure", "subAreas", "tags", "leadParty", "participatingParties", "organisations", "mechanisms", "documents", "answersNeeds", "status", "createdBy", "createdAt", "updatedBy", "updatedAt" }, description = "A cooperation initiative", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record InitiativeView(
        UUID id,
        @Schema(description = "Human-readable code, assigned by the server", examples = "ACI-2026-0042") String code,
        String title,
        @Schema(description = "BCP 47 tag of the language the title is written in, as the client gave it; absent when not given", examples = "en") String titleLanguage,
        String summary,
        @Schema(description = "BCP 47 tag of the language the summary is written in, as the client gave it; absent when not given", examples = "en") String summaryLanguage,
        String objectives,
        String targetGroups,
        Measure measure,
        List<SubArea> subAreas,
        List<String> tags,
        Party leadParty,
        List<Party> participatingParties,
        List<Organisation> organisations,
        List<String> mechanisms,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        @Schema(description = "Set when the initiative becomes ACTIVE") LocalDate actualStart,
        @Schema(description = "Set when the initiative is CLOSED") LocalDate actualEnd,
        Budget budget,
        List<DocumentLink> documents,
        @Schema(description = "Cooperation needs the initiative declares it answers") List<UUID> answersNeeds,
        InitiativeStatus status,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {
}
