package org.acde.contracts.stats;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts of one kind of item grouped by one dimension. */
@Schema(requiredProperties = { "total", "groups" }, description = "Counts grouped by one dimension")
public record StatsView(
        @Schema(description = "The dimension", examples = "measure") String groupBy,
        @Schema(description = "How many items match the filters (an item may count in several groups, e.g. per party)") long total,
        List<CountBy> groups) {
}
