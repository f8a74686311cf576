package org.acde.matchmaking.matching;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Times the fast path ({@link MatchIndex}) against the naive scorer ({@link NaiveMatcher}) in-process on published
 * opportunities drawn by a seed, and checks on each that both return the same top 20 with the same scores. Used by
 * matchmaking-tools' {@code compare <queries>} and bench/matchmaking/run.sh.
 */
@ApplicationScoped
public class MatchComparison {

    private static final int K = 20;

    private final MatchIndex index;
    private final NaiveMatcher naive;
    private final DataSource database;
    private final Clock clock;

    MatchComparison(MatchIndex index, NaiveMatcher naive, DataSource database, Clock clock) {
        this.index = index;
        this.naive = naive;
        this.database = database;
        this.clock = clock;
    }

    /** One line: {@code COMPARE queries=… identical=… fast_p50_ms=… … speedup_p50=… fast_scored_p50=… naive_scored_p50=…}. */
    public String run(int queries, long seed) {
        index.ensureLoaded();
        List<Profile> sample = sample(queries, seed);
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        double[] fastCpu = new double[sample.size()];
        double[] fast = new double[sample.size()];
        double[] slow = new double[sample.size()];
        // One untimed pass, so the fast path is compiled before it is timed (the naive one spends its time in I/O).
        for (Profile query : sample) {
            index.top(query, K);
        }
        int identical = 0;
        double[] fastScored = new double[sample.size()];
        double[] naiveScored = new double[sample.size()];
        for (int i = 0; i < sample.size(); i++) {
            long cpu = threads.getCurrentThreadCpuTime();
            long started = System.nanoTime();
            Ranking quick = index.top(sample.get(i), K);
            fast[i] = (System.nanoTime() - started) / 1e6;
            fastCpu[i] = (threads.getCurrentThreadCpuTime() - cpu) / 1e6;
            started = System.nanoTime();
            Ranking reference = naive.top(sample.get(i), K);
            slow[i] = (System.nanoTime() - started) / 1e6;
            fastScored[i] = quick.scored();
            naiveScored[i] = reference.scored();
            if (same(quick, reference)) {
                identical++;
            }
        }
        Arrays.sort(fast);
        Arrays.sort(fastCpu);
        Arrays.sort(slow);
        Arrays.sort(fastScored);
        Arrays.sort(naiveScored);
        return String.format(Locale.ROOT,
                "COMPARE opportunities=%d queries=%d identical=%d fast_p50_ms=%.2f fast_p99_ms=%.2f fast_cpu_p50_ms=%.2f fast_cpu_p99_ms=%.2f naive_p50_ms=%.1f naive_p99_ms=%.1f speedup_p50=%.0f fast_scored_p50=%.0f fast_scored_p99=%.0f naive_scored_p50=%.0f",
                index.size(), sample.size(), identical, percentile(fast, 50), percentile(fast, 99), percentile(fastCpu, 50), percentile(fastCpu, 99), percentile(slow, 50),
                percentile(slow, 99), percentile(slow, 50) / percentile(fast, 50), percentile(fastScored, 50),
                percentile(fastScored, 99), percentile(naiveScored, 50));
    }

    static boolean same(Ranking a, Ranking b) {
        if (a.best().size() != b.best().size()) {
            return false;
        }
        for (int i = 0; i < a.best().size(); i++) {
            if (!a.best().get(i).profile().id.equals(b.best().get(i).profile().id) || a.best().get(i).score() != b.best().get(i).score()) {
                return false;
            }
        }
        return true;
    }

    /** Published opportunities in an order fixed by the seed. */
    List<Profile> sample(int count, long seed) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        List<Profile> sample = new ArrayList<>();
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement("SELECT " + Profile.COLUMNS
                        + " FROM opportunity WHERE status = 'PUBLISHED' AND expires_on >= ? ORDER BY md5(id::text || ?) LIMIT ?")) {
            select.setObject(1, today);
            select.setString(2, Long.toString(seed));
            select.setInt(3, count);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    sample.add(Profile.read(rows, today));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not draw the sample", e);
        }
        return sample;
    }

    private static double percentile(double[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)];
    }
}
