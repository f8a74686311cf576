package org.acde.matchmaking.matching;

import java.util.List;

/** The best candidates, best first, with the scorer that ranked them (its term rarities explain the scores). */
record Ranking(Scorer scorer, List<TopK.Scored> best) {
}
