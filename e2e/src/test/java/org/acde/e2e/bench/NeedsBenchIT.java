package org.acde.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/needs/run.sh in small mode, so the script a user runs for the figures keeps working: it seeds offers and needs
 * with the service's COPY seeders into a database of its own, starts the built matchmaking-service on a port of its own,
 * and ranks offers for needs over HTTP; every request must answer 200 and the first need must get its 20 matches.
 * Times are not checked here.
 */
class NeedsBenchIT {

    @TempDir
    Path work;

    @Test
    void theNeedsBenchmarkRanksOffersForEveryNeedItAsks() throws Exception {
        String results = BenchScript.run(work, List.of("bench/needs/run.sh", "4000", "400", "5"), Map.of(
                "ACDE_BENCH_PORT", Integer.toString(BenchScript.PORT_BASE + 3383),
                "ACDE_BENCH_DATABASE", "needs_bench_small" + BenchScript.DATABASE_SUFFIX));
        assertThat(results).contains("## matchmaking-service: offers for needs, 400 needs against 4000 opportunities")
                .contains("The first need asked got 20 matches.");
        // | requests | non-200 | ...: some requests, none refused
        assertThat(results).containsPattern(Pattern.compile("\\| [1-9]\\d* \\| 0 \\|"));
    }
}
