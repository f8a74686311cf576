package org.acde.contracts.matchmaking;

import java.util.List;

import org.acde.contracts.reference.Party;
import org.acde.contracts.stats.CountBy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Public, anonymous matchmaking statistics, for all parties or for one. */
@Schema(description = "Matchmaking statistics")
public record MatchmakingStats(
        @Schema(description = "The party the figures are about; absent for all parties") Party party,
        @Schema(description = "Published opportunities open now") long openOpportunities,
        @Schema(description = "Agreements signed after an accepted expression of interest") long agreementsSigned,
        List<PartyPairCount> agreementsByPartyPair,
        List<CountBy> agreementsByMeasure,
        List<CountBy> agreementsBySizeBand,
        @Schema(description = "Share of enterprises in signed agreements that are micro, small or medium, 0 to 1") double msmeShare) {
}
