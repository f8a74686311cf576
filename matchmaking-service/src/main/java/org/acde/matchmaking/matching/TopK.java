package org.acde.matchmaking.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The k best candidates seen so far: higher score first, equal scores in id order. */
final class TopK {

    /** A scored candidate. */
    record Scored(Profile profile, double score) {
    }

    static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing((a, b) -> Profile.compareIds(a.profile().id, b.profile().id));

    private final int k;
    /** The worst of the kept ones at the head. */
    private final PriorityQueue<Scored> kept;

    TopK(int k) {
        this.k = k;
        this.kept = new PriorityQueue<>(k + 1, BEST_FIRST.reversed());
    }

    void offer(Profile candidate, double score) {
        if (kept.size() < k) {
            kept.add(new Scored(candidate, score));
            return;
        }
        Scored worst = kept.peek();
        if (score > worst.score() || (score == worst.score() && Profile.compareIds(candidate.id, worst.profile().id) < 0)) {
            kept.poll();
            kept.add(new Scored(candidate, score));
        }
    }

    boolean full() {
        return kept.size() == k;
    }

    /** The k-th best score so far; only meaningful when {@link #full()}. */
    double floor() {
        return kept.peek().score();
    }

    List<Scored> best() {
        List<Scored> best = new ArrayList<>(kept);
        best.sort(BEST_FIRST);
        return best;
    }
}
