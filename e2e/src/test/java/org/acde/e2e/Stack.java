package org.acde.e2e;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The whole platform as real processes on ports of its own (so a local stack can keep running): PostgreSQL with
 * fresh *_e2e databases, Keycloak with a fresh realm, and the five apps from their built jars. Started once
 * per test run, stopped at its end; logs under e2e/target/run/logs.
 */
public final class Stack {

    /**
     * Ports are this base plus the local stack's last digits (gateway 18080, Keycloak 18180, ...), databases carry
     * this suffix: two worktrees can run the system tests at once with {@code -Dacde.e2e.port-base=28000
     * -Dacde.e2e.database-suffix=_e2e2}.
     */
    private static final int BASE = Integer.getInteger("acde.e2e.port-base", 18000);
    public static final String DATABASE_SUFFIX = System.getProperty("acde.e2e.database-suffix", "_e2e");
    public static final int GATEWAY = BASE + 80;
    public static final int KEYCLOAK = BASE + 180;
    public static final String GATEWAY_URL = "http://localhost:" + GATEWAY;
    public static final String KEYCLOAK_URL = "http://localhost:" + KEYCLOAK;
    public static final String ISSUER = KEYCLOAK_URL + "/realms/acde";
    /** Requests per minute the gateway allows a client whose token carries none of the platform's roles. */
    public static final int CLIENT_RATE_LIMIT = 20;
    /** A test-only gateway route to this port, where OwaspApiTop10IT puts an upstream that answers garbage. */
    public static final int GARBAGE_UPSTREAM = BASE + 99;
    public static final String GARBAGE_PREFIX = "/api/v1/garbage";

    private static final Path ROOT = Path.of(System.getProperty("acde.root", "..")).toAbsolutePath().normalize();
    private static final Path RUN = ROOT.resolve("e2e/target/run");
    private static final Map<String, Integer> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("initiatives-service", BASE + 81);
        SERVICES.put("matchmaking-service", BASE + 82);
        SERVICES.put("capacity-service", BASE + 83);
        SERVICES.put("events-service", BASE + 84);
        SERVICES.put("gateway", GATEWAY);
    }

    private static final Map<String, Process> PROCESSES = new LinkedHashMap<>();
    private static boolean started;

    private Stack() {
    }

    public static synchronized void start() throws Exception {
        if (started) {
            return;
        }
        started = true;
        Runtime.getRuntime().addShutdownHook(new Thread(Stack::stop));
        Files.createDirectories(RUN.resolve("logs"));
        run(Map.of(), "deploy/local/postgres.sh", "ensure");
        run(Map.of(), "deploy/local/databases.sh", "--suffix", DATABASE_SUFFIX, "--fresh");
        run(keycloakEnv(), "deploy/keycloak/keycloak.sh", "start", "--fresh");
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            requireFree(service.getKey(), service.getValue());
            PROCESSES.put(service.getKey(), launch(service.getKey(), service.getValue()));
        }
        for (Map.Entry<String, Integer> service : SERVICES.entrySet()) {
            awaitReady(service.getKey(), "http://localhost:" + service.getValue() + "/q/health/ready");
            Footprint.ready(service.getKey());
        }
    }

    /** Stops the services and Keycloak; PostgreSQL was there before and stays. */
    public static synchronized void stop() {
        if (!PROCESSES.isEmpty()) {
            Map<String, Long> pids = new LinkedHashMap<>();
            PROCESSES.forEach((name, process) -> pids.put(name, process.pid()));
            keycloakPid().ifPresent(pid -> pids.put("keycloak", pid));
            Footprint.report(pids, ROOT.resolve("e2e/target/footprint.md"), String.join(" ", jvmOptions()));
        }
        for (Process process : PROCESSES.values()) {
            process.destroy();
        }
        for (Process process : PROCESSES.values()) {
            try {
                if (!process.waitFor(Duration.ofSeconds(15).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        PROCESSES.clear();
        try {
            run(keycloakEnv(), "deploy/keycloak/keycloak.sh", "stop");
        } catch (Exception e) {
            System.err.println("Could not stop Keycloak: " + e);
        }
    }

    /** kill -9: the service gets no chance to finish anything. */
    public static synchronized void kill(String service) throws InterruptedException {
        Process process = PROCESSES.remove(service);
        process.destroyForcibly();
        process.waitFor();
    }

    /** Starts a killed service again on its port and waits until it is ready. */
    public static synchronized void restart(String service) throws Exception {
        PROCESSES.put(service, launch(service, SERVICES.get(service)));
        awaitReady(service, serviceUrl(service) + "/q/health/ready");
    }

    /** Stops the machine's PostgreSQL cluster (the one the tests run on); {@link #startPostgres()} brings it back. */
    public static void stopPostgres() throws Exception {
        postgres("stop");
    }

    public static void startPostgres() throws Exception {
        postgres("start");
    }

    private static void postgres(String action) throws Exception {
        String version = Files.list(Path.of("/etc/postgresql")).map(p -> p.getFileName().toString()).sorted()
                .reduce((a, b) -> b).orElseThrow();
        Process process = new ProcessBuilder("pg_ctlcluster", "--skip-systemctl-redirect", version, "main", action)
                .inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("pg_ctlcluster " + action + " failed");
        }
    }

    public static String serviceUrl(String service) {
        return "http://localhost:" + SERVICES.get(service);
    }

    public static Path logOf(String service) {
        return RUN.resolve("logs/" + service + ".log");
    }

    /** The realm's browser clients (Swagger UI) allow this stack's gateway: keycloak.sh fills its port in at import. */
    private static Map<String, String> keycloakEnv() {
        return Map.of("ACDE_RUN_DIR", RUN.toString(), "KEYCLOAK_PORT", Integer.toString(KEYCLOAK),
                "KEYCLOAK_MANAGEMENT_PORT", Integer.toString(BASE + 1000), "ACDE_GATEWAY_PORT", Integer.toString(GATEWAY));
    }

    private static Process launch(String service, int port) throws IOException {
        Path jar = ROOT.resolve(service + "/target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: build the services first (./mvnw verify builds them before e2e)");
        }
        Map<String, String> env = new HashMap<>();
        env.put("QUARKUS_HTTP_PORT", Integer.toString(port));
        env.put("QUARKUS_OIDC_AUTH_SERVER_URL", ISSUER);
        // Every contract names this stack's gateway as its server (Swagger UI's "Try it out" calls it) and its realm
        // (the issuer, which follows the auth server URL) for tokens.
        env.put("ACDE_OPENAPI_SERVER_URL", GATEWAY_URL);
        env.put("QUARKUS_LOG_CONSOLE_JSON_ENABLED", "false");
        String database = service.replace("-service", "") + DATABASE_SUFFIX;
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:postgresql://localhost:5432/" + database);
        env.put("QUARKUS_REST_CLIENT_INITIATIVES_URL", serviceUrl("initiatives-service"));
        // The outbox relays' own client and secret are the realm's local ones, named after each service.
        env.put("ACDE_EVENTS_INGEST_URL", serviceUrl("events-service") + "/internal/v1/events");
        env.put("ACDE_GATEWAY_ROUTES_INITIATIVES_UPSTREAM", serviceUrl("initiatives-service"));
        env.put("ACDE_GATEWAY_ROUTES_MATCHMAKING_UPSTREAM", serviceUrl("matchmaking-service"));
        env.put("ACDE_GATEWAY_ROUTES_CAPACITY_UPSTREAM", serviceUrl("capacity-service"));
        env.put("ACDE_GATEWAY_ROUTES_EVENTS_UPSTREAM", serviceUrl("events-service"));
        env.put("QUARKUS_KEYCLOAK_ADMIN_CLIENT_SERVER_URL", KEYCLOAK_URL);
        // Local development, as deploy/local/stack runs it: the developer page lists the realm's demo credentials.
        env.put("ACDE_GATEWAY_PORTAL_DEMO_CREDENTIALS", "true");
        env.put("ACDE_GATEWAY_PORTAL_DEMO_REALM_FILE", ROOT.resolve("deploy/keycloak/realm-acde.json").toString());
        // Load and fuzzing run as demo clients of every role: their buckets must not end a run; role-less clients
        // keep a small bucket so that the rate limit itself is exercised (OwaspApiTop10IT).
        for (String policy : List.of("ANONYMOUS", "PARTNER", "AGENCY", "SECRETARIAT")) {
            env.put("ACDE_GATEWAY_RATE_LIMIT_POLICIES_" + policy + "_LIMIT", "1000000");
        }
        env.put("ACDE_GATEWAY_RATE_LIMIT_POLICIES_CLIENT_LIMIT", Integer.toString(CLIENT_RATE_LIMIT));
        env.put("ACDE_CERTIFICATES_KEY_DIRECTORY", RUN.resolve("capacity-keys").toString());
        env.put("ACDE_CERTIFICATES_PUBLIC_URL", GATEWAY_URL);
        if (service.equals("events-service")) {
            // Test receivers listen on loopback over plain http, which an operator must allow by name; retries are
            // quick so that a receiver that comes back is caught up within seconds (EventsFaultIT).
            env.put("ACDE_WEBHOOKS_ALLOWED_HOSTS", "127.0.0.1");
            env.put("ACDE_WEBHOOKS_ALLOW_HTTP_HOSTS", "127.0.0.1");
            env.put("ACDE_WEBHOOKS_RETRY_INITIAL_DELAY", "1s");
            env.put("ACDE_WEBHOOKS_RETRY_MAX_DELAY", "10s");
            env.put("ACDE_WEBHOOKS_DELIVERY_LEASE", "15s");
        }
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(jvmOptions());
        if (service.equals("gateway")) {
            // Map keys of the routing table come from system properties: environment variables cannot name new ones.
            command.add("-Dacde.gateway.routes.garbage.upstream=http://localhost:" + GARBAGE_UPSTREAM);
            command.add("-Dacde.gateway.routes.garbage.prefixes=" + GARBAGE_PREFIX);
        }
        command.addAll(List.of("-jar", jar.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(RUN.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logOf(service).toFile()));
        builder.environment().putAll(env);
        Footprint.launched(service);
        return builder.start();
    }

    /** The local stack's JVM options (deploy/local/jvm.options): the figures of {@link Footprint} are theirs. */
    private static List<String> jvmOptions() {
        try {
            return Files.readAllLines(ROOT.resolve("deploy/local/jvm.options")).stream()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<Long> keycloakPid() {
        try {
            return Optional.of(Long.parseLong(Files.readString(RUN.resolve("pids/keycloak.pid")).strip()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A stray process on a port would answer the readiness checks and the tests in the service's place. */
    private static void requireFree(String service, int port) throws IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(port)) {
            socket.setReuseAddress(true);
        } catch (java.net.BindException e) {
            throw new IllegalStateException("Port " + port + " for " + service + " is taken by another process; stop it first");
        }
    }

    private static void awaitReady(String service, String url) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (Instant.now().isBefore(deadline)) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding())
                        .statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException(service + " not ready after 3 minutes; see " + logOf(service));
    }

    private static void run(Map<String, String> env, String script, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(ROOT.resolve(script).toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).inheritIO();
        builder.environment().putAll(env);
        int exit = builder.start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException(script + " " + String.join(" ", args) + " failed with exit code " + exit);
        }
    }

    private static String javaBinary() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
