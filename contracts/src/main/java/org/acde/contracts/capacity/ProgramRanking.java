package org.acde.contracts.capacity;

import java.util.List;

import org.acde.contracts.matchmaking.MatchFactor;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One program ranked for a need, its score and why, explained as matchmaking explains a match. */
@Schema(requiredProperties = { "rank", "score", "factors", "program" }, description = "A program ranked for a need, with its explanation")
public record ProgramRanking(
        @Schema(description = "1 for the best program") int rank,
        @Schema(description = "0 to 1, the sum of the factors' contributions") double score,
        List<MatchFactor> factors,
        ProgramView program) {
}
