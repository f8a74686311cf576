package org.acde.e2e.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.acde.e2e.Keycloak;
import org.acde.e2e.RowCounts;
import org.acde.e2e.Stack;
import org.acde.e2e.SystemTest;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Walks every operation of every committed contract and sends it bad requests, seeded and reproducible
 * ({@code -Dfuzz.seed}, {@code -Dfuzz.requests}), once to each service directly and once through the gateway. No
 * answer may be a 5xx, every error must be problem+json without internals, and a rejected request must leave every
 * table's row count as it was.
 */
@SystemTest
class ContractFuzzIT {

    /** What must never reach a caller: stack traces, class and package names, SQL errors. */
    /** Stack traces and class names (org.acde.<package>.<Class>); event types such as org.acde.matchmaking.x are data. */
    private static final Pattern LEAK = Pattern.compile(
            "Exception|\\tat |\\bat (java|org|io|jdk)\\.|org\\.acde\\.[a-z.]+[A-Z]|io\\.quarkus\\.|java\\.lang\\.|org\\.hibernate|PSQL|jakarta\\.");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, String> tokens = new HashMap<>();
    private final Map<String, String> knownIds = new HashMap<>();
    private long tokensAt = System.currentTimeMillis();

    @Test
    void badRequestsToEveryServiceAreRefusedCleanly() throws Exception {
        fuzz("services", operation -> Stack.serviceUrl(operation.service()),
                List.of("anonymous", "secretariat-demo", "agency-vn-demo", "partner-my-demo"));
    }

    /**
     * The same requests through the one front door, anonymously and as every role of the demo realm, so the edge
     * rule, the rate limiter and the forwarding of the services' errors are fuzzed too. An anonymous request to an
     * operation whose contract requires a token must be stopped at the edge (401 with {@code WWW-Authenticate}).
     */
    @Test
    void badRequestsThroughTheGatewayAreRefusedCleanly() throws Exception {
        fuzz("gateway", operation -> Stack.GATEWAY_URL, List.of("anonymous", "secretariat-demo", "agency-vn-demo",
                "agency-cn-demo", "partner-my-demo", "partner-cn-demo"));
    }

    private void fuzz(String target, Function<Contract.Operation, String> baseUrl, List<String> callers) throws Exception {
        long seed = Long.getLong("fuzz.seed", 20261128L);
        int goal = Integer.getInteger("fuzz.requests", 5000);
        Random random = new Random(seed);
        List<Contract> contracts = Contract.committed();
        refreshTokens(callers);
        learnIds(contracts);

        List<Planned> plan = new ArrayList<>();
        for (Contract contract : contracts) {
            Payloads payloads = new Payloads(contract.document(), random);
            for (Contract.Operation operation : contract.operations()) {
                for (Mutation mutation : Mutations.of(contract, operation, payloads)) {
                    plan.add(new Planned(operation, mutation));
                }
            }
        }
        Collections.shuffle(plan, random);
        List<Planned> requests = new ArrayList<>();
        while (requests.size() < goal) {
            requests.addAll(plan.subList(0, Math.min(plan.size(), goal - requests.size())));
        }

        Map<String, int[]> perService = new LinkedHashMap<>();
        List<String> failures = new ArrayList<>();
        long started = System.nanoTime();
        try (RowCounts rows = new RowCounts()) {
            Map<String, Long> before = rows.snapshot();
            for (Planned request : requests) {
                String caller = callers.get(random.nextInt(callers.size()));
                int[] counts = perService.computeIfAbsent(request.operation().service(), s -> new int[3]);
                counts[0]++;
                HttpResponse<String> response;
                try {
                    response = send(baseUrl.apply(request.operation()), request, tokens.get(caller));
                } catch (IOException e) {
                    failures.add("no answer: " + request.operation() + " [" + request.mutation().what() + "] as " + caller
                            + ": " + e.getMessage());
                    continue;
                }
                String label = request.operation() + " [" + request.mutation().what() + "] as " + caller + " -> "
                        + response.statusCode();
                if (response.statusCode() >= 500) {
                    counts[1]++;
                    failures.add("5xx: " + label + " " + abbreviate(response.body()));
                }
                if (response.statusCode() >= 400
                        && !response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
                    failures.add("not problem+json: " + label);
                }
                if (LEAK.matcher(response.body()).find()) {
                    failures.add("leak: " + label + " " + abbreviate(response.body()));
                }
                if (target.equals("gateway") && caller.equals("anonymous") && request.operation().tokenRequired()
                        && !refusedAtTheDoor(request.operation(), response)) {
                    failures.add("passed the edge without a token: " + label);
                }
                if (!request.operation().method().equals("get")) {
                    Map<String, Long> after = rows.snapshot();
                    if (response.statusCode() >= 400 && !after.equals(before)) {
                        counts[2]++;
                        failures.add("rows changed by a rejected request: " + label + " " + difference(before, after));
                    }
                    before = after;
                }
                if (tokenAge() > 240) {
                    refreshTokens(callers);
                }
            }
        }
        System.out.printf("[fuzz] %s, seed %d: %d requests over %d operations in %.0f s%n", target, seed, requests.size(),
                contracts.stream().mapToInt(c -> c.operations().size()).sum(), (System.nanoTime() - started) / 1e9);
        perService.forEach((service, c) -> System.out.printf("[fuzz]   %-20s %5d requests, %d 5xx, %d rejected writes that wrote%n",
                service, c[0], c[1], c[2]));
        assertThat(failures).as("fuzzing failures through %s (seed %d)", target, seed).isEmpty();
        assertThat(requests).hasSizeGreaterThanOrEqualTo(5000);
    }

    private record Planned(Contract.Operation operation, Mutation mutation) {
    }

    /**
     * How the gateway may stop an anonymous request to an operation that requires a token: a 401 challenge, or
     * earlier still a 413 from the front door (a declared body over the cap is refused before anything else runs),
     * or a 415 on the gateway's own API (Quarkus REST settles the media type before its role check).
     */
    private static boolean refusedAtTheDoor(Contract.Operation operation, HttpResponse<String> response) {
        return switch (response.statusCode()) {
            case 401 -> response.headers().firstValue("WWW-Authenticate").isPresent();
            case 413 -> true;
            case 415 -> operation.service().equals("gateway");
            default -> false;
        };
    }

    private long tokenAge() {
        return (System.currentTimeMillis() - tokensAt) / 1000;
    }

    private void refreshTokens(List<String> callers) {
        for (String caller : callers) {
            tokens.put(caller, caller.equals("anonymous") ? null : Keycloak.token(caller));
        }
        tokens.computeIfAbsent("secretariat-demo", Keycloak::token);
        tokensAt = System.currentTimeMillis();
    }

    /** Real ids for path parameters, so bad bodies reach validation instead of stopping at 404. */
    private void learnIds(List<Contract> contracts) throws Exception {
        for (Contract contract : contracts) {
            for (Contract.Operation operation : contract.operations()) {
                if (operation.method().equals("get") && !operation.path().contains("{")) {
                    HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(Stack.serviceUrl(operation.service()) + operation.path() + "?limit=1"))
                            .header("Authorization", "Bearer " + tokens.get("secretariat-demo")).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (response.statusCode() == 200
                            && response.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                        JsonNode first = Payloads.JSON.readTree(response.body()).path("items").path(0);
                        String id = first.has("id") ? first.get("id").asText() : first.path("clientId").asText(null);
                        if (id != null) {
                            knownIds.put(last(operation.path()), id);
                        }
                    }
                }
            }
        }
    }

    private HttpResponse<String> send(String baseUrl, Planned planned, String token) throws Exception {
        Contract.Operation operation = planned.operation();
        Mutation mutation = planned.mutation();
        StringBuilder path = new StringBuilder();
        String previous = "";
        for (String segment : operation.path().substring(1).split("/")) {
            String value = segment;
            if (segment.startsWith("{")) {
                String known = segment.equals("{code}") ? "VN" : knownIds.getOrDefault(previous, UUID.randomUUID().toString());
                value = mutation.pathValue() != null ? mutation.pathValue() : known;
                value = URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
            }
            path.append('/').append(value);
            previous = segment;
        }
        if (mutation.queryName() != null) {
            path.append('?').append(mutation.queryName()).append('=')
                    .append(URLEncoder.encode(mutation.queryValue(), StandardCharsets.UTF_8));
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (operation.method().matches("post|put|patch")) {
            request.header("If-Match", "\"0\"");
        }
        HttpRequest.BodyPublisher body = mutation.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(mutation.body());
        if (mutation.contentType() != null) {
            request.header("Content-Type", mutation.contentType());
        }
        request.method(operation.method().toUpperCase(), body);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String last(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String difference(Map<String, Long> before, Map<String, Long> after) {
        Map<String, String> changed = new LinkedHashMap<>();
        after.forEach((table, count) -> {
            if (!count.equals(before.get(table))) {
                changed.put(table, before.get(table) + " -> " + count);
            }
        });
        return changed.toString();
    }

    private static String abbreviate(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }
}
