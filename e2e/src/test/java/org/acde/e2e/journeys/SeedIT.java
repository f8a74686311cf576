package org.acde.e2e.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.transform.stream.StreamSource;

import org.acde.e2e.IatiSchema;
import org.acde.e2e.RowCounts;
import org.acde.e2e.Stack;
import org.acde.e2e.SystemTest;
import org.junit.jupiter.api.Test;

/**
 * deploy/local/seed, the demo data set, loaded through the gateway of the system-test stack with the realm's demo
 * clients, exactly as a developer runs it against deploy/local/stack: it must finish, and a second run must change
 * nothing (no creating POST, no status change, the same row count in every table). A third run skips the look-ups
 * ({@code ACDE_SEED_LOOKUP=false}) and relies on the Idempotency-Keys alone, over the initiatives only (the keys are
 * the same code path for every file): its POSTs are replayed and write nothing either.
 */
@SystemTest
class SeedIT {

    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();
    private static final Pattern SUMMARY = Pattern.compile(
            "This run: (\\d+) creating POSTs \\(new, or replayed by Idempotency-Key\\), (\\d+) items found existing,"
                    + " (\\d+) status changes\\.");

    @Test
    void theSeedLoadsTheDemoDataAndASecondRunChangesNothing() throws Exception {
        Run first = seed(1, Map.of());
        assertThat(first.exit()).as("exit code of the first run; its output is in %s", first.log()).isZero();
        assertThat(first.posts()).as("creating POSTs of the first run").isPositive();
        assertThat(first.changes()).as("status changes of the first run").isPositive();
        assertThat(first.output()).contains("verifies as VALID");
        // Endorsements of public initiatives: anyone reads them.
        assertThat(first.output()).contains("the ASEAN-China meeting records 4 endorsements");
        // Read anonymously, as anyone may: the gateway lets public reads through (it once answered 401 here).
        assertThat(first.output()).containsPattern("best matches for VN's soil sensors: \\S+ .*\\([01](\\.\\d+)?\\)");
        // Ranked among every offer on the stack, the other system tests' included: whoever ranks first, it is explained.
        assertThat(first.output()).containsPattern("best offers for LA's CERT training: \\S+ .*\\([01](\\.\\d+)?\\)")
                .contains("what answers it: 1 offers, 1 programs, 0 initiatives");
        // The demo data, published through the gateway as anyone may read it, is valid IATI 2.03.
        HttpResponse<String> iati = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Stack.GATEWAY_URL + "/api/v1/initiatives/iati-activities.xml")).build(), BodyHandlers.ofString());
        assertThat(iati.statusCode()).isEqualTo(200);
        assertThat(iati.body()).contains("<iati-activity ");
        IatiSchema.validate(new StreamSource(new StringReader(iati.body())));

        try (RowCounts rows = new RowCounts()) {
            Map<String, Long> before = rows.snapshot();
            Run second = seed(2, Map.of());
            assertThat(second.exit()).as("exit code of the second run; its output is in %s", second.log()).isZero();
            assertThat(second.posts()).as("creating POSTs of the second run").isZero();
            assertThat(second.changes()).as("status changes of the second run").isZero();
            assertThat(second.existing()).as("items the second run found").isEqualTo(first.posts() + first.existing());
            assertThat(rows.snapshot()).as("rows after the second run").isEqualTo(before);

            Run keysOnly = seed(3, Map.of("ACDE_SEED_LOOKUP", "false", "ACDE_SEED_ONLY", "initiatives"));
            assertThat(keysOnly.exit()).as("exit code of the run on Idempotency-Keys alone; its output is in %s", keysOnly.log())
                    .isZero();
            assertThat(keysOnly.posts()).as("creating POSTs of that run, each replayed").isPositive();
            assertThat(keysOnly.existing()).isZero();
            assertThat(keysOnly.changes()).as("status changes of that run").isZero();
            assertThat(rows.snapshot()).as("rows after the run on Idempotency-Keys alone").isEqualTo(before);
        }
    }

    private static Run seed(int run, Map<String, String> settings) throws IOException, InterruptedException {
        Path log = Stack.logOf("seed-" + run);
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("deploy/local/seed").toString())
                .directory(ROOT.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("ACDE_API_URL", Stack.GATEWAY_URL);
        builder.environment().put("ACDE_KEYCLOAK_URL", Stack.KEYCLOAK_URL);
        builder.environment().putAll(settings);
        long started = System.nanoTime();
        Process process = builder.start();
        // A bound so that a hung seed ends the test instead of the build; it is no measure of speed.
        if (!process.waitFor(10, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("the seed did not finish within 10 minutes; see " + log);
        }
        String output = Files.readString(log);
        Matcher summary = SUMMARY.matcher(output);
        System.out.printf("[seed] run %d: exit %d in %.1f s, %s%n", run, process.exitValue(), (System.nanoTime() - started) / 1e9,
                summary.find() ? summary.group() : "no summary line (see " + log + ")");
        boolean found = summary.find(0);
        return new Run(process.exitValue(), output, log, found ? Long.parseLong(summary.group(1)) : -1,
                found ? Long.parseLong(summary.group(2)) : -1, found ? Long.parseLong(summary.group(3)) : -1);
    }

    private record Run(int exit, String output, Path log, long posts, long existing, long changes) {
    }
}
