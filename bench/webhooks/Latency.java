import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Commit-to-delivery latency of webhooks (bench/webhooks/run.sh runs it; JDK only).
 *   java Latency.java subscribe BASE PRIVATE_KEY_PEM ISSUER RECEIVER_URL [TYPE PREFIX=org.acde.bench.]   prints the signing secret
 *   java Latency.java publish BASE PRIVATE_KEY_PEM ISSUER RATE SECONDS BATCH SENT   writes "<event id> <sent, epoch ms>"
 *   java Latency.java report SENT RECEIVED                                    prints the RESULT line
 *   java Latency.java token PRIVATE_KEY_PEM ISSUER CLIENT ROLE                prints a token of that client (1 hour)
 * Events go in as the outbox relays hand them over (POST /internal/v1/events, BATCH events per request, at RATE
 * events/s), each about a subject of its own. The time taken is when the request was sent: the latency includes the
 * ingestion request itself, so it is an upper bound of commit-to-delivery.
 */
public class Latency {

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "subscribe" -> subscribe(args[1], key(args[2]), args[3], args[4],
                    args.length > 5 ? args[5] : "org.acde.bench.");
            case "publish" -> publish(args[1], key(args[2]), args[3], Integer.parseInt(args[4]), Integer.parseInt(args[5]),
                    Integer.parseInt(args[6]), Path.of(args[7]));
            case "report" -> report(Path.of(args[1]), Path.of(args[2]));
            case "token" -> System.out.println(token(key(args[1]), args[2], args[3], args[4], null));
            default -> throw new IllegalArgumentException(args[0]);
        }
    }

    static void subscribe(String base, PrivateKey key, String issuer, String receiver, String types) throws Exception {
        String body = "{\"url\": \"" + receiver + "\", \"types\": [\"" + types + "\"]}";
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/webhooks"))
                .header("Authorization", "Bearer " + token(key, issuer, "partner-vn-bench", "partner", "VN"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 201) {
            throw new IllegalStateException("subscribe: " + answer.statusCode() + " " + answer.body());
        }
        System.out.println(answer.body().replaceAll(".*\"secret\":\"([^\"]+)\".*", "$1"));
    }

    static void publish(String base, PrivateKey key, String issuer, int rate, int seconds, int batch, Path sent)
            throws Exception {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .executor(Executors.newFixedThreadPool(4)).build();
        List<java.util.concurrent.CompletableFuture<?>> answers = Collections.synchronizedList(new ArrayList<>());
        String token = token(key, issuer, "outbox-relay-bench", "event-publisher", null);
        List<String> lines = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        var scheduler = Executors.newScheduledThreadPool(2);
        long batches = (long) rate * seconds / batch;
        AtomicInteger count = new AtomicInteger();
        long periodMicros = 1_000_000L * batch / rate;
        var finished = new java.util.concurrent.CountDownLatch(1);
        scheduler.scheduleAtFixedRate(() -> {
            if (count.incrementAndGet() > batches) {
                finished.countDown();
                return;
            }
            Instant now = Instant.now();
            double sentAt = now.toEpochMilli() + (now.getNano() % 1_000_000) / 1e6;
            List<String> ids = new ArrayList<>();
            StringBuilder events = new StringBuilder("[");
            for (int i = 0; i < batch; i++) {
                UUID id = UUID.randomUUID();
                ids.add(id.toString());
                String subject = "/api/v1/things/" + UUID.randomUUID();
                String time = now.truncatedTo(ChronoUnit.MICROS).toString();
                String event = "{\"specversion\":\"1.0\",\"id\":\"" + id + "\",\"source\":\"urn:acde:bench\",\"type\":"
                        + "\"org.acde.bench.thing.happened\",\"subject\":\"" + subject + "\",\"time\":\"" + time
                        + "\",\"datacontenttype\":\"application/json\",\"data\":{\"n\":" + i + "}}";
                events.append(i == 0 ? "" : ",").append("{\"id\":\"").append(id)
                        .append("\",\"aggregateType\":\"thing\",\"aggregateId\":\"").append(id)
                        .append("\",\"type\":\"org.acde.bench.thing.happened\",\"subject\":\"").append(subject)
                        .append("\",\"occurredAt\":\"").append(time)
                        .append("\",\"parties\":[\"VN\"],\"audience\":[\"anyone\"],\"event\":").append(event).append('}');
            }
            events.append(']');
            answers.add(client.sendAsync(HttpRequest.newBuilder(URI.create(base + "/internal/v1/events"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(events.toString())).build(), HttpResponse.BodyHandlers.discarding())
                    .whenComplete((answer, error) -> {
                        if (error != null || answer.statusCode() / 100 != 2) {
                            failures.addAndGet(batch);
                        } else {
                            ids.forEach(id -> lines.add(id + " " + String.format("%.3f", sentAt)));
                        }
                    }));
        }, 0, periodMicros, TimeUnit.MICROSECONDS);
        finished.await();
        scheduler.shutdownNow();
        synchronized (answers) {
            java.util.concurrent.CompletableFuture.allOf(answers.toArray(java.util.concurrent.CompletableFuture[]::new))
                    .exceptionally(error -> null).get(60, TimeUnit.SECONDS);
        }
        Files.write(sent, lines);
        System.out.println("PUBLISHED " + lines.size() + " failed " + failures.get());
        System.exit(0);
    }

    static void report(Path sent, Path received) throws Exception {
        Map<String, Double> sentAt = new HashMap<>();
        for (String line : Files.readAllLines(sent)) {
            String[] parts = line.split(" ");
            sentAt.put(parts[0], Double.parseDouble(parts[1]));
        }
        Map<String, Double> firstArrival = new ConcurrentHashMap<>();
        int duplicates = 0;
        int unverified = 0;
        for (String line : Files.readAllLines(received)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split(" ");
            if (!parts[2].equals("true")) {
                unverified++;
            }
            if (firstArrival.putIfAbsent(parts[0], Double.parseDouble(parts[1])) != null) {
                duplicates++;
            }
        }
        List<Double> latencies = new ArrayList<>();
        int missing = 0;
        for (var entry : sentAt.entrySet()) {
            Double arrival = firstArrival.get(entry.getKey());
            if (arrival == null) {
                missing++;
            } else {
                latencies.add(arrival - entry.getValue());
            }
        }
        Collections.sort(latencies);
        System.out.printf("RESULT sent=%d delivered=%d missing=%d duplicates=%d unverified=%d p50=%.1f p95=%.1f p99=%.1f max=%.1f%n",
                sentAt.size(), latencies.size(), missing, duplicates, unverified, percentile(latencies, 50),
                percentile(latencies, 95), percentile(latencies, 99), latencies.isEmpty() ? 0 : latencies.get(latencies.size() - 1));
    }

    static double percentile(List<Double> sorted, double p) {
        if (sorted.isEmpty()) {
            return 0;
        }
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }

    static PrivateKey key(String pem) throws Exception {
        String base64 = Files.readString(Path.of(pem)).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    }

    /** A client's own token as Keycloak shapes it, signed with the benchmark's key (the service trusts its public half). */
    static String token(PrivateKey key, String issuer, String client, String role, String party) throws Exception {
        long now = Instant.now().getEpochSecond();
        String claims = "{\"iss\":\"" + issuer + "\",\"aud\":\"acde-api\",\"sub\":\"" + UUID.nameUUIDFromBytes(client.getBytes())
                + "\",\"azp\":\"" + client + "\",\"preferred_username\":\"service-account-" + client + "\",\"typ\":\"Bearer\","
                + "\"realm_access\":{\"roles\":[\"" + role + "\"]}," + (party == null ? "" : "\"party\":\"" + party + "\",")
                + "\"iat\":" + now + ",\"exp\":" + (now + 3600) + "}";
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        String signingInput = url.encodeToString("{\"alg\":\"RS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(claims.getBytes(StandardCharsets.UTF_8));
        Signature rsa = Signature.getInstance("SHA256withRSA");
        rsa.initSign(key);
        rsa.update(signingInput.getBytes(StandardCharsets.US_ASCII));
        return signingInput + "." + url.encodeToString(rsa.sign());
    }
}
