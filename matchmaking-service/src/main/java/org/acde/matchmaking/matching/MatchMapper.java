package org.acde.matchmaking.matching;

import java.util.List;

import org.acde.contracts.matchmaking.MatchFactor;
import org.acde.contracts.matchmaking.MatchView;
import org.acde.contracts.matchmaking.OpportunityView;

/** Between a ranked candidate and its API representation. */
final class MatchMapper {

    private MatchMapper() {
    }

    /** {@code rank} 1 for the best; {@code opportunity} the candidate's view, anonymised as for the caller. */
    static MatchView toView(int rank, TopK.Scored scored, List<MatchFactor> factors, OpportunityView opportunity) {
        return new MatchView(rank, Scorer.round(scored.score()), factors, opportunity);
    }
}
