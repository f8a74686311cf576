package org.acde.e2e.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.acde.e2e.Stack;
import org.acde.e2e.SystemTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bench/gateway/run in both modes, one short round each, so the script a user runs for the gateway's figures keeps
 * working: it starts the built initiatives-service, gateway, nginx and the bare Vert.x proxy on ports of its own, and
 * in the authenticated mode takes agency tokens from the system tests' Keycloak, checks a broken token is refused,
 * and keeps the gateway's buckets in Redis. Every target must answer 200 throughout (no non-2xx, no socket errors);
 * times are not checked here.
 */
@SystemTest
class GatewayBenchIT {

    @TempDir
    Path work;

    @Test
    void theAuthenticatedModeReadsThroughEveryTargetWithARealToken() throws Exception {
        String results = run("--mode", "authenticated", "--keycloak", Stack.KEYCLOAK_URL);
        assertThat(results).contains("## Gateway vs direct vs nginx, authenticated")
                .contains("limiter in redis; verified-token cache on")
                .contains("| direct, anonymous (no token) |")
                .contains("Goals: the service's authenticated read costs");
        assertEveryAnswerWas200(results, 5);
    }

    @Test
    void theAnonymousModeKeepsTheEarlierFigures() throws Exception {
        String results = run("--mode", "anonymous");
        assertThat(results).contains("## Gateway vs direct vs nginx, anonymous").contains("limiter in memory");
        assertEveryAnswerWas200(results, 4);
    }

    private String run(String... mode) throws Exception {
        List<String> command = new ArrayList<>(List.of("bench/gateway/run"));
        command.addAll(List.of(mode));
        command.addAll(List.of("--duration", "1s", "--rounds", "1", "--warm-up", "1s", "--connections", "4"));
        return BenchScript.run(work, command, Map.of(
                "ACDE_BENCH_PORT_BASE", Integer.toString(BenchScript.PORT_BASE + 3280),
                "ACDE_BENCH_DATABASE", "initiatives_gateway_bench_small" + BenchScript.DATABASE_SUFFIX));
    }

    /** Each target's row ends in its count of non-2xx answers and socket errors. */
    private static void assertEveryAnswerWas200(String results, int targets) {
        assertThat(results.lines().filter(line -> line.matches("\\| [^-|].* \\| 0 \\|"))).hasSize(targets);
    }
}
