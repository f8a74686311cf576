package org.acde.contracts.matchmaking;

import java.util.List;
import java.util.UUID;

import org.acde.contracts.reference.Party;
import org.acde.contracts.stats.CountBy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Public, anonymous matchmaking statistics, for all parties or for one, for all initiatives or for one. */
@Schema(description = "Matchmaking statistics")
public record MatchmakingStats(
        @Schema(description = "The party the figures are about; absent for all parties") Party party,
        @Schema(description = "The initiative the figures are about; absent for all opportunities") UUID initiativeId,
        @Schema(description = "Published opportunities open now") long openOpportunities,
        @Schema(description = "Expressions of interest ever made, in any status") long interestsExpressed,
        @Schema(description = "Agreements signed after an accepted expression of interest") long agreementsSigned,
        List<PartyPairCount> agreementsByPartyPair,
        List<CountBy> agreementsByMeasure,
        @Schema(description = "Enterprises in signed agreements, by size band, each counted once; with a party, that party's") List<CountBy> agreementsBySizeBand,
        @Schema(description = "Share of enterprises in signed agreements that are micro, small or medium, 0 to 1; other kinds have no size band and do not count") double msmeShare,
        @Schema(description = "Organisations registered, by kind; with a party, that party's") List<CountBy> organisationsByKind,
        @Schema(description = "Organisations in signed agreements, by kind, each counted once; with a party, that party's") List<CountBy> agreementsByKind) {
}
