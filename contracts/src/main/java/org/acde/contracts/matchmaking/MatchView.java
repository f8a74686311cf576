package org.acde.contracts.matchmaking;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One complementary opportunity, its score and why. */
@Schema(requiredProperties = { "rank", "score", "factors", "opportunity" }, description = "A ranked match with its explanation")
public record MatchView(
        @Schema(description = "1 for the best match") int rank,
        @Schema(description = "0 to 1, the sum of the factors' contributions") double score,
        List<MatchFactor> factors,
        @Schema(description = "The matched opportunity, anonymised as for the caller") OpportunityView opportunity) {
}
