package org.acde.e2e;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.is;

import java.io.IOException;
import java.net.BindException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * README's run command, as a new user types it: {@code deploy/local/stack up --seed} must build what is missing,
 * start Keycloak and the four services, load the demo data and exit 0; then README's first request answers, {@code
 * status} shows everything ready and {@code down} stops it all. It runs beside the system-test stack, on ports and
 * databases of its own (the script's ACDE_*_PORT, KEYCLOAK_*PORT and ACDE_DATABASE_SUFFIX settings), with a fresh run
 * folder, so it starts from nothing as a fresh clone does.
 */
class RunCommandIT {

    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();
    private static final Path RUN = ROOT.resolve("e2e/target/readme-stack");
    /** Beside the system-test stack's ports (below the kernel's ephemeral range, where outgoing connections live). */
    private static final int BASE = Integer.getInteger("acde.e2e.port-base", 18000) + 2000;
    private static final int GATEWAY = BASE + 80;
    private static final List<Integer> PORTS = List.of(GATEWAY, BASE + 81, BASE + 82, BASE + 83, BASE + 180, BASE + 1000);

    @Test
    void theReadmeRunCommandStartsTheStackWithTheDemoDataAndExitsZero() throws Exception {
        deleteRecursively(RUN);
        for (int port : PORTS) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (BindException e) {
                throw new IllegalStateException("Port " + port + " is taken: the README stack needs it free", e);
            }
        }
        run("deploy/local/databases.sh", "--suffix", "_readme", "--fresh");

        assertThat(stack("up", "--seed")).as("exit code of `stack up --seed`; its output is in %s", log("up")).isZero();
        assertThat(Files.readString(log("up"))).contains("Keycloak and all services ready").contains("This run:");

        given().baseUri("http://localhost").port(GATEWAY).get("/api/v1/reference/parties").then().statusCode(200)
                .body("total", is(12));
        given().baseUri("http://localhost").port(GATEWAY).get("/api/v1/initiatives").then().statusCode(200)
                .body("total", greaterThan(0));
        assertThat(stack("status")).isZero();
        assertThat(Files.readString(log("status"))).containsPattern("gateway\\s+\\d+\\s+" + GATEWAY + "\\s+ready");
    }

    @AfterAll
    static void down() throws Exception {
        assertThat(stack("down")).as("exit code of `stack down`; its output is in %s", log("down")).isZero();
    }

    private static int stack(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", ROOT.resolve("deploy/local/stack").toString()));
        command.addAll(List.of(arguments));
        Files.createDirectories(RUN);
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
                .redirectOutput(log(arguments[0]).toFile());
        Map<String, String> env = new HashMap<>(Map.of(
                "ACDE_RUN_DIR", RUN.toString(),
                "ACDE_GATEWAY_PORT", Integer.toString(GATEWAY),
                "ACDE_INITIATIVES_PORT", Integer.toString(BASE + 81),
                "ACDE_MATCHMAKING_PORT", Integer.toString(BASE + 82),
                "ACDE_CAPACITY_PORT", Integer.toString(BASE + 83),
                "KEYCLOAK_PORT", Integer.toString(BASE + 180),
                "KEYCLOAK_MANAGEMENT_PORT", Integer.toString(BASE + 1000),
                "ACDE_DATABASE_SUFFIX", "_readme"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().putAll(env);
        Process process = builder.start();
        // A bound so that a hung script ends the test instead of the build; it is no measure of speed.
        if (!process.waitFor(15, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("`stack " + String.join(" ", arguments) + "` did not finish; see " + log(arguments[0]));
        }
        return process.exitValue();
    }

    private static void run(String script, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve(script).toString()));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO().start();
        assertThat(process.waitFor()).as(script).isZero();
    }

    private static Path log(String step) {
        return RUN.resolve("stack-" + step + ".log");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.exists(path)) {
            try (var walk = Files.walk(path)) {
                walk.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
            }
        }
    }
}
