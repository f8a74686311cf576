package org.acde.matchmaking.matching;

import java.util.List;

/**
 * The best candidates, best first, with the scorer that ranked them (its term rarities explain the scores) and how
 * many candidates were scored to find them.
 */
record Ranking(Scorer scorer, List<TopK.Scored> best, int scored) {
}
