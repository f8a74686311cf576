package org.acde.gateway.needs;

import java.util.List;
import java.util.UUID;

import org.acde.contracts.capacity.ProgramRanking;
import org.acde.contracts.capacity.ProgramView;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.contracts.needs.NeedView;
import org.acde.contracts.paging.Page;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A need and what declared it answers it, from the three services, as the caller may see them. */
@Schema(name = "NeedAnswers", requiredProperties = { "needId", "partial", "need", "offers", "programs", "rankedPrograms", "initiatives" }, description = "A cooperation need with the offers, capacity programs and initiatives that declare they answer it, and the programs capacity-service ranks for it")
public record NeedAnswers(
        UUID needId,
        @Schema(description = "True when at least one section could not be fetched; that section has `available: false`") boolean partial,
        NeedView need,
        @Schema(description = "Offers from matchmaking-service; the rest through `GET /api/v1/opportunities?need=`") Section<OpportunityView> offers,
        @Schema(description = "Programs from capacity-service; the rest through `GET /api/v1/programs?need=`") Section<ProgramView> programs,
        @Schema(description = "Programs capacity-service ranks for the need's measure, sub-areas, audiences, party, time frame and languages, best 20, as `GET /api/v1/programs/rankings` explains them") Ranked rankedPrograms,
        @Schema(description = "Initiatives from initiatives-service; the rest through `GET /api/v1/initiatives?need=`") Section<InitiativeView> initiatives) {

    /** One service's answers: its first 100, as its list shows them to the caller, or why they are missing. */
    @Schema(name = "NeedAnswersSection", requiredProperties = "available", description = "The answers one service holds")
    public record Section<T>(boolean available,
            @Schema(description = "Why the section is missing, when it is") String detail,
            @Schema(description = "The first 100 answers the caller may see") Page<T> answers) {
    }

    /** The programs ranked for the need, or why they are missing. */
    @Schema(name = "NeedAnswersRanking", requiredProperties = "available", description = "Programs ranked for the need by capacity-service")
    public record Ranked(boolean available,
            @Schema(description = "Why the ranking is missing, when it is") String detail,
            @Schema(description = "Best first, each with its score and per-factor explanation") List<ProgramRanking> items) {
    }
}
