package org.acde.gateway.overview;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.dialogues.DialogueKind;
import org.acde.contracts.reference.Party;
import org.acde.contracts.stats.CountBy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One party's cooperation at a glance, composed from the three services. */
@Schema(name = "PartyOverview", description = "A party's initiatives, dialogues, matchmaking and capacity building, from the three services")
public record PartyOverview(
        Party party,
        @Schema(examples = "Viet Nam") String name,
        @Schema(description = "True when at least one section could not be fetched; that section has `available: false`") boolean partial,
        Initiatives initiatives,
        Matchmaking matchmaking,
        Capacity capacity,
        Dialogues dialogues) {

    @Schema(name = "PartyOverviewInitiatives", description = "Initiatives by status, from initiatives-service")
    public record Initiatives(boolean available,
            @Schema(description = "Why the section is missing, when it is") String detail,
            @Schema(description = "Initiatives the party leads") Counts led,
            @Schema(description = "Initiatives the party leads or takes part in") Counts participating) {
    }

    @Schema(name = "PartyOverviewCounts")
    public record Counts(long total, List<CountBy> byStatus) {
    }

    @Schema(name = "PartyOverviewMatchmaking", description = "Organisations, opportunities and agreements of the party's organisations of every kind, from matchmaking-service")
    public record Matchmaking(boolean available, String detail,
            @Schema(description = "Published opportunities open now") Long openOpportunities,
            @Schema(description = "Agreements signed") Long agreementsSigned,
            @Schema(description = "Organisations of the party registered for matchmaking, of every kind") Long organisations,
            @Schema(description = "The same by kind: enterprises, universities, research institutes, government agencies, industry associations, NGOs") List<CountBy> organisationsByKind) {
    }

    @Schema(name = "PartyOverviewCapacity", description = "Programs, participants and completions, from capacity-service")
    public record Capacity(boolean available, String detail,
            @Schema(description = "Published programs the party provides") Long programs,
            @Schema(description = "Confirmed or completed participants of the party") Long participants,
            @Schema(description = "Participants of the party who completed their program") Long completions) {
    }

    @Schema(name = "PartyOverviewDialogues", description = "Dialogues the party hosted or took part in, from initiatives-service")
    public record Dialogues(boolean available, String detail,
            @Schema(description = "Dialogues the party hosted or took part in") Long total,
            @Schema(description = "The latest of them (by start date), at most ten") List<Dialogue> latest) {
    }

    @Schema(name = "PartyOverviewDialogue", description = "A dialogue; `GET /api/v1/dialogues/{id}` has the rest")
    public record Dialogue(UUID id, DialogueKind kind, String title, LocalDate startDate, LocalDate endDate,
            Party hostParty, @Schema(description = "True when the party hosted it") boolean hosted) {
    }
}
