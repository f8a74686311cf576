package org.acde.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

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
    private static final int PORT = Integer.getInteger("acde.e2e.port-base", 18000) + 3183;
    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path work;

    @Test
    void theBatchBenchmarkRunsInSmallModeAndChecksEveryRowWasWritten() throws Exception {
        Path results = work.resolve("RESULTS.md");
        Path log = work.resolve("bench.log");
        ProcessBuilder bench = new ProcessBuilder("bash", ROOT.resolve("bench/capacity/enrolment-batch.sh").toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        bench.environment().putAll(java.util.Map.of(
                "ROWS", "20", "BATCHES", "2", "WARMUP", "1",
                "ACDE_BENCH_PORT", Integer.toString(PORT),
                "ACDE_BENCH_DATABASE", "capacity_bench_small" + System.getProperty("acde.e2e.database-suffix", "_e2e"),
                "ACDE_BENCH_DIR", work.resolve("work").toString(),
                "BENCH_RESULTS", results.toString()));
        Process process = bench.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the benchmark finished within 5 minutes; its output is in %s", log).isTrue();
        assertThat(process.exitValue()).as("exit code of the benchmark: %s", Files.readString(log)).isZero();
        assertThat(Files.readString(results))
                .contains("## capacity-service: enrolment batches of 20 rows")
                .contains("every batch 200 with 20 results and 20 rows written")
                .contains("| JSON | 1 |").contains("| CSV | 1 |");
    }
}
