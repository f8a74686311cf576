package org.acde.matchmaking.opportunity;

import java.util.UUID;

import org.acde.contracts.matchmaking.MatchList;

/**
 * The complementary opportunities ranked for one the caller can see, as {@code GET /opportunities/{id}/matches}
 * answers. Implemented by the matching engine ({@code matching.MatchService}), which reads opportunities: declared here
 * so that the dependency points from matching to opportunity, not both ways.
 */
public interface OpportunityMatches {

    MatchList matches(UUID id, int limit);
}
