package org.acde.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.xml.transform.stream.StreamSource;

import org.junit.jupiter.api.Test;

/**
 * The IATI export benchmark, as a user runs it, in a small size: {@code bench/initiatives/iati-export.sh 300} must
 * fill a database of its own, export every public initiative twice, append its table (here to a file of the test's,
 * not bench/RESULTS.md) and exit 0; the document it exported must be valid against the official IATI 2.03 schema
 * (initiatives-service's test resources). Needs no Keycloak: the script runs the built jar alone, on a port beside the
 * system-test stack's.
 */
class IatiExportBenchIT {

    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();
    private static final Path WORK = ROOT.resolve("e2e/target/iati-export-bench");
    private static final int PORT = Integer.getInteger("acde.e2e.port-base", 18000) + 3084;
    private static final String DATABASE = "initiatives_iati_bench" + System.getProperty("acde.e2e.database-suffix", "_e2e");
    private static final int INITIATIVES = 300;

    @Test
    void theBenchmarkExportsEveryPublicInitiativeAsValidIati() throws Exception {
        Files.createDirectories(WORK);
        Path results = WORK.resolve("RESULTS.md");
        Path exported = WORK.resolve("iati-activities.xml");
        Path log = WORK.resolve("run.log");
        Files.deleteIfExists(results);
        Files.deleteIfExists(exported);
        run(List.of("psql", "-h", "127.0.0.1", "-U", "postgres", "-qc", "DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)"),
                Map.of(), log);

        int exit = run(List.of("bash", ROOT.resolve("bench/initiatives/iati-export.sh").toString(), Integer.toString(INITIATIVES)),
                Map.of("BENCH_DB", DATABASE, "BENCH_PORT", Integer.toString(PORT), "BENCH_ORIGINALS", "60",
                        "BENCH_RESULTS", results.toString(), "BENCH_OUTPUT", exported.toString()), log);

        assertThat(exit).as("exit code of the benchmark; its output is in %s", log).isZero();
        assertThat(Files.readString(results))
                .contains("## initiatives-service: IATI 2.03 export of " + INITIATIVES + " public initiatives")
                .contains("| warm-up | " + INITIATIVES + " |").contains("| measured | " + INITIATIVES + " |");
        IatiSchema.validate(new StreamSource(exported.toFile()));
        try (var lines = Files.lines(exported)) {
            assertThat(lines.filter(line -> line.startsWith("<iati-activity ")).count()).isEqualTo(INITIATIVES);
        }
    }

    private static int run(List<String> command, Map<String, String> env, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        // A bound so that a hung script ends the test instead of the build; it is no measure of speed.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish; see " + log);
        }
        return process.exitValue();
    }
}
