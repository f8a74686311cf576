package org.acde.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/library/run.sh (the library's search at N items) in small mode, so the script a user runs for the figures
 * keeps working: it starts the built initiatives-service on a port and database of its own, loads the items with SQL,
 * checks every query answers 200 before timing it, and writes its table where BENCH_RESULTS points. Times are not
 * checked here.
 */
class LibraryBenchIT {

    @TempDir
    Path work;

    @Test
    void theLibraryBenchmarkLoadsItsItemsAndTimesEveryQuery() throws Exception {
        String results = BenchScript.run(work, List.of("bench/library/run.sh", "2000", "1"), Map.of(
                "ACDE_BENCH_PORT", Integer.toString(BenchScript.PORT_BASE + 3186),
                "ACDE_BENCH_DATABASE", "library_bench_small" + BenchScript.DATABASE_SUFFIX));
        assertThat(results).contains("## Library search at 2000 items");
        // 16 rows of figures, each with no answer but 200 (a second per row under load may leave hey too few
        // answers for a percentile: its cell stays empty).
        List<String> rows = results.lines().filter(line -> line.startsWith("| ") && !line.startsWith("| query")).toList();
        assertThat(rows).as(results).hasSize(16)
                .allSatisfy(row -> assertThat(row).matches("\\| .+ \\| \\d+ \\| [\\d.]* \\| [\\d.]* \\| [\\d.]* \\| 0 \\|"));
        assertThat(results).doesNotContain("ERROR");
    }
}
