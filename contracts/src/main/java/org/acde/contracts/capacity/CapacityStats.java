package org.acde.contracts.capacity;

import java.util.List;
import java.util.UUID;

import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Public, anonymous capacity-building statistics, for all parties or for one, for all initiatives or for one. */
@Schema(description = "Capacity-building statistics")
public record CapacityStats(
        @Schema(description = "The party the figures are about; absent for all parties") Party party,
        @Schema(description = "The initiative the figures are about; absent for all programs") UUID initiativeId,
        @Schema(description = "Published programs (provided by the party, when one is given)") long programs,
        @Schema(description = "Confirmed or completed participants (of the party, when one is given)") long participants,
        long completions,
        @Schema(description = "Completions over participants whose cohort has ended, 0 to 1") double completionRate,
        @Schema(description = "Certificates issued, one per completion; revoked ones included") long certificatesIssued,
        @Schema(description = "Issued certificates revoked since") long certificatesRevoked,
        List<ParticipationCount> byParty,
        List<ParticipationCount> byAudience,
        List<ParticipationCount> bySex,
        List<ParticipationCount> byMeasure,
        List<ParticipationCount> byYear) {
}
