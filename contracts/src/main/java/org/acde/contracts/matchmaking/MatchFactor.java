package org.acde.contracts.matchmaking;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One factor of a match score: its weight (the weights add up to 1), its value in [0, 1] and what it adds. */
@Schema(description = "One factor of a match score; the contributions add up to the score")
public record MatchFactor(
        @Schema(examples = "TECHNOLOGY") MatchFactorName factor,
        @Schema(description = "Share of the score this factor can give, 0 to 1; the weights add up to 1", examples = "0.35") double weight,
        @Schema(description = "How well the pair does on this factor, 0 to 1", examples = "0.5") double value,
        @Schema(description = "weight × value", examples = "0.175") double contribution,
        @Schema(description = "Why, in words", examples = "shares ARTIFICIAL_INTELLIGENCE (rarity 2.31) of 3 terms") String detail) {
}
