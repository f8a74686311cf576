package org.acde.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/capacity/enrolment-batch.sh in small mode (20-row batches), so the script a user runs for the 1,000-row
 * figure keeps working: it must start the built capacity-service on a port and a database of its own, answer every
 * batch 200 with all rows written, and write its table where BENCH_RESULTS points, not into bench/RESULTS.md. Times are
 * not checked here; the figure is measured by running the script in full.
 */
class EnrolmentBatchBenchIT {

    /** Beside the system-test stack's ports and RunCommandIT's (port base + 2000 ...). */
    private static final int PORT = BenchScript.PORT_BASE + 3183;

    @TempDir
    Path work;

    @Test
    void theBatchBenchmarkRunsInSmallModeAndChecksEveryRowWasWritten() throws Exception {
        String results = BenchScript.run(work, List.of("bench/capacity/enrolment-batch.sh"), Map.of(
                "ROWS", "20", "BATCHES", "2", "WARMUP", "1",
                "ACDE_BENCH_PORT", Integer.toString(PORT),
                "ACDE_BENCH_DATABASE", "capacity_bench_small" + BenchScript.DATABASE_SUFFIX,
                "ACDE_BENCH_DIR", work.resolve("work").toString()));
        assertThat(results)
                .contains("## capacity-service: enrolment batches of 20 rows")
                .contains("every batch 200 with 20 results and 20 rows written")
                .contains("| JSON | 1 |").contains("| CSV | 1 |");
    }
}
