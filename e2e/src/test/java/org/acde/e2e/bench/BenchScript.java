package org.acde.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the scripts under bench/ the way a user does, in small mode, with its table written where
 * {@code BENCH_RESULTS} points (never into the committed bench/RESULTS.md); fails unless it exits 0 within its
 * deadline. Returns the table it wrote.
 */
final class BenchScript {

    static final int PORT_BASE = Integer.getInteger("acde.e2e.port-base", 18000);
    static final String DATABASE_SUFFIX = System.getProperty("acde.e2e.database-suffix", "_e2e");
    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();

    private BenchScript() {
    }

    static String run(Path work, List<String> script, Map<String, String> env) throws Exception {
        Path results = work.resolve("RESULTS.md");
        Path log = work.resolve("bench.log");
        ProcessBuilder bench = new ProcessBuilder("bash", ROOT.resolve(script.get(0)).toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        bench.command().addAll(script.subList(1, script.size()));
        bench.environment().putAll(env);
        bench.environment().put("BENCH_RESULTS", results.toString());
        Process process = bench.start();
        boolean finished = process.waitFor(5, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        assertThat(finished).as("the benchmark finished within 5 minutes; its output is in %s", log).isTrue();
        assertThat(process.exitValue()).as("exit code of the benchmark: %s", Files.readString(log)).isZero();
        return Files.readString(results);
    }
}
