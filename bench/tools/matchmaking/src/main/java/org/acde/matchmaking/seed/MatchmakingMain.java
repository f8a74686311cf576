package org.acde.matchmaking.seed;

import jakarta.inject.Inject;

import org.acde.matchmaking.matching.MatchComparison;
import org.jboss.logging.Logger;

import io.quarkus.runtime.QuarkusApplication;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * The commands of matchmaking-tools, run on matchmaking-service's code and database with {@code java -jar
 * bench/tools/matchmaking/target/quarkus-app/quarkus-run.jar <command>}:
 * <ul>
 * <li>{@code seed <count> [random-seed]} bulk-loads that many opportunities (and a quarter as many enterprises) and exits;</li>
 * <li>{@code seed-needs <count> [random-seed]} bulk-loads that many cooperation needs and exits;</li>
 * <li>{@code compare <queries> [random-seed]} times the fast path against the naive scorer on that many published
 * opportunities, checks that both rank the same top 20, prints the figures and exits.</li>
 * </ul>
 */
@QuarkusMain
public class MatchmakingMain implements QuarkusApplication {

    private static final Logger LOG = Logger.getLogger(MatchmakingMain.class);

    @Inject
    OpportunitySeeder seeder;

    @Inject
    NeedSeeder needSeeder;

    @Inject
    MatchComparison comparison;

    @Override
    public int run(String... args) {
        if (args.length >= 2 && args[0].equals("seed")) {
            int count = Integer.parseInt(args[1]);
            long started = System.nanoTime();
            seeder.seed(count, args.length > 2 ? Long.parseLong(args[2]) : 42L);
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.infof("SEEDED %d opportunities and %d enterprises in %.1f s: %.0f opportunities/s", count, Math.max(1, count / 4),
                    seconds, count / seconds);
            return 0;
        }
        if (args.length >= 2 && args[0].equals("seed-needs")) {
            int count = Integer.parseInt(args[1]);
            long started = System.nanoTime();
            needSeeder.seed(count, args.length > 2 ? Long.parseLong(args[2]) : 43L);
            double seconds = (System.nanoTime() - started) / 1e9;
            LOG.infof("SEEDED %d needs in %.1f s: %.0f needs/s", count, seconds, count / seconds);
            return 0;
        }
        if (args.length >= 2 && args[0].equals("compare")) {
            System.out.println(comparison.run(Integer.parseInt(args[1]), args.length > 2 ? Long.parseLong(args[2]) : 7L));
            return 0;
        }
        System.err.println("usage: seed <count> [random-seed] | seed-needs <count> [random-seed] | compare <queries> [random-seed]");
        return 2;
    }
}
