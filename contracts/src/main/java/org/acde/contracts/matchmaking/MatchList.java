package org.acde.contracts.matchmaking;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The best complementary opportunities for one opportunity, best first; equal scores in id order. */
@Schema(description = "Ranked matches for an opportunity")
public record MatchList(
        UUID opportunityId,
        @Schema(description = "The type the matches have: the complement of the opportunity's") OpportunityType matchedType,
        List<MatchView> items) {
}
