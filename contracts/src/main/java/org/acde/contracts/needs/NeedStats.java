package org.acde.contracts.needs;

import java.util.List;

import org.acde.contracts.reference.Party;
import org.acde.contracts.stats.CountBy;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Public counts of needs, for all parties or one. */
@Schema(description = "Cooperation need statistics")
public record NeedStats(
        @Schema(description = "The party the figures are about; absent for all parties") Party party,
        @Schema(description = "Needs ever posted, withdrawn ones included") long posted,
        List<CountBy> byParty,
        List<CountBy> byMeasure,
        List<CountBy> byStatus,
        List<CountBy> byKind,
        @Schema(description = "Share of the needs not withdrawn that are MET, 0 to 1") double metShare) {
}
