package org.acde.e2e.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * deploy/local/seed's API helper against a stand-in for the gateway and Keycloak: a 503 or 429 (nothing was done,
 * come back after Retry-After) is tried again, anything else that is not a 2xx stops the seed at once, loudly. The
 * seed runs one seed file of the test's own (ACDE_SEED_DIR) that makes a single call.
 */
class SeedClientTest {

    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();

    @TempDir
    Path seedDir;

    private HttpServer server;
    private final List<String> calls = new CopyOnWriteArrayList<>();
    /** The answers of /probe, in turn; the last one repeats. */
    private volatile List<Answer> answers;
    private final AtomicInteger next = new AtomicInteger();

    private record Answer(int status, String retryAfter) {
    }

    @BeforeEach
    void standIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/reference/parties", exchange -> send(exchange, 200, null, "{\"items\":[]}"));
        server.createContext("/realms/acde/protocol/openid-connect/token",
                exchange -> send(exchange, 200, null, "{\"access_token\":\"stand-in\",\"expires_in\":300}"));
        server.createContext("/api/v1/probe", exchange -> {
            calls.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            Answer answer = answers.get(Math.min(next.getAndIncrement(), answers.size() - 1));
            send(exchange, answer.status(), answer.retryAfter(), answer.status() == 200 ? "{\"ok\":true}"
                    : "{\"type\":\"urn:acde:problem:x\",\"status\":" + answer.status() + "}");
        });
        server.start();
        Files.writeString(seedDir.resolve("10-probe.sh"), """
                seed_api anonymous GET /api/v1/probe >/dev/null
                seed_log "probe answered"
                """);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void aServiceUnavailableAnswerIsTriedAgainAfterRetryAfter() throws Exception {
        answers = List.of(new Answer(503, "0"), new Answer(503, "0"), new Answer(200, null));
        Result result = seed();
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(calls).hasSize(3).allMatch(call -> call.equals("GET null"));
        assertThat(result.output()).contains("answered HTTP 503; again in 0s", "probe answered");
    }

    @Test
    void tooManyRequestsIsTriedAgainToo() throws Exception {
        answers = List.of(new Answer(429, "0"), new Answer(200, null));
        Result result = seed();
        assertThat(result.exit()).as(result.output()).isZero();
        assertThat(calls).hasSize(2);
    }

    @Test
    void theSeedStopsAfterItsAttemptsWithTheLastAnswer() throws Exception {
        answers = List.of(new Answer(503, "0"));
        Result result = seed();
        assertThat(result.exit()).isEqualTo(1);
        assertThat(calls).hasSize(3); // ACDE_SEED_ATTEMPTS
        assertThat(result.output()).contains("seed: GET /api/v1/probe as anonymous answered HTTP 503", "\"status\": 503")
                .doesNotContain("probe answered");
    }

    @Test
    void otherFailuresAreNotRepeated() throws Exception {
        for (int status : new int[] { 502, 500, 404, 409 }) {
            calls.clear();
            next.set(0);
            answers = List.of(new Answer(status, "0"), new Answer(200, null));
            Result result = seed();
            assertThat(result.exit()).as("exit after %d", status).isEqualTo(1);
            assertThat(calls).as("calls answered %d", status).hasSize(1);
            assertThat(result.output()).contains("answered HTTP " + status);
        }
    }

    private record Result(int exit, String output) {
    }

    private Result seed() throws IOException, InterruptedException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        Path log = Files.createTempFile(seedDir, "seed", ".log");
        ProcessBuilder builder = new ProcessBuilder("bash", ROOT.resolve("deploy/local/seed").toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(Map.of("ACDE_API_URL", base, "ACDE_KEYCLOAK_URL", base,
                "ACDE_SEED_DIR", seedDir.toString(), "ACDE_SEED_ATTEMPTS", "3"));
        Process process = builder.start();
        // A bound so that a hung seed ends the test; it is no measure of speed.
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the seed did not finish: " + Files.readString(log));
        }
        return new Result(process.exitValue(), Files.readString(log));
    }

    private static void send(HttpExchange exchange, int status, String retryAfter, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        if (retryAfter != null) {
            exchange.getResponseHeaders().add("Retry-After", retryAfter);
        }
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
