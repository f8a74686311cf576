package org.acde.matchmaking.need;

import java.util.UUID;

import org.acde.contracts.needs.NeedMatchList;

/**
 * The offers ranked for a need the caller can see, as {@code GET /needs/{id}/matches} answers. Implemented by the
 * matching engine ({@code matching.MatchService}), which reads needs: declared here so that the dependency points from
 * matching to need, not both ways.
 */
public interface NeedMatches {

    NeedMatchList forNeed(UUID id, int limit);
}
