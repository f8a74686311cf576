package org.acde.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/events/run.sh (the feed), bench/webhooks/run.sh (delivery latency) and bench/webhooks/end-to-end.sh (from a
 * service's commit, through its outbox relay, to delivery) in small mode, so the scripts a user runs for the figures
 * keep working: each starts the built events-service (and initiatives-service) on ports and databases of its own,
 * checks what it reads or receives, and writes its table where BENCH_RESULTS points. Times are not checked here.
 */
class EventsBenchIT {

    private static final int BASE = BenchScript.PORT_BASE;
    private static final String SUFFIX = BenchScript.DATABASE_SUFFIX;

    @TempDir
    Path work;

    @Test
    void theFeedBenchmarkPagesThroughWhatItLoadedAsEveryKindOfReader() throws Exception {
        String results = run(List.of("bench/events/run.sh", "3000"), Map.of(
                "ACDE_BENCH_PORT", Integer.toString(BASE + 3184),
                "ACDE_BENCH_DATABASE", "events_bench_small" + SUFFIX));
        assertThat(results).contains("## events-service: the change feed at 3000 events");
    }

    @Test
    void theWebhookBenchmarkGetsEveryEventSignedAndOnce() throws Exception {
        String results = run(List.of("bench/webhooks/run.sh", "20", "5", "5"), Map.of(
                "ACDE_BENCH_PORT", Integer.toString(BASE + 3484),
                "ACDE_BENCH_RECEIVER_PORT", Integer.toString(BASE + 3485),
                "ACDE_BENCH_DATABASE", "webhooks_bench_small" + SUFFIX));
        assertThat(results).contains("## Webhooks: commit-to-delivery latency at 20 events/s");
        // | sent | delivered | missing | duplicates | signatures refused | ...
        assertThat(results).containsPattern(Pattern.compile("\\| (\\d+) \\| \\1 \\| 0 \\| 0 \\| 0 \\|"));
    }

    @Test
    void theEndToEndBenchmarkGetsEveryCommittedEventFromTheServiceSignedAndOnce() throws Exception {
        String results = run(List.of("bench/webhooks/end-to-end.sh", "20", "5"), Map.of(
                "ACDE_BENCH_PORT", Integer.toString(BASE + 3586),
                "ACDE_BENCH_RECEIVER_PORT", Integer.toString(BASE + 3587),
                "ACDE_BENCH_SERVICE_PORT", Integer.toString(BASE + 3588),
                "ACDE_BENCH_DATABASE", "webhooks_bench_e2e_small" + SUFFIX,
                "ACDE_BENCH_SERVICE_DATABASE", "initiatives_bench_e2e_small" + SUFFIX));
        assertThat(results).contains("## Webhooks end to end: service commit → delivery at 20 events/s");
        // | committed | delivered | missing | duplicates | signatures refused | ...: all 100 committed, each delivered once
        assertThat(results).containsPattern(Pattern.compile("\\| 100 \\| 100 \\| 0 \\| 0 \\| 0 \\|"));
    }

    private String run(List<String> script, Map<String, String> env) throws Exception {
        return BenchScript.run(work, script, env);
    }
}
