import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A paced load generator: CLIENTS threads, each with its own keep-alive connection, send GET requests to the URLs of
 * a file in turn (each thread starting at another line) for SECONDS, together at most RATE requests per second (the
 * gateway's rate limit for one client must not turn the run into 429s), and record every latency. The environment
 * variable BENCH_TOKEN, when set, is sent as the bearer token.
 * Usage: java Load.java URL_FILE CLIENTS SECONDS RATE
 * Prints: RESULT requests=… non200=… rps=… p50_ms=… p95_ms=… p99_ms=… max_ms=…
 */
public class Load {

    public static void main(String[] args) throws Exception {
        List<String> urls = Files.readAllLines(Path.of(args[0])).stream().filter(line -> !line.isBlank()).toList();
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        double rate = Double.parseDouble(args[3]);
        String token = System.getenv("BENCH_TOKEN");
        long interval = (long) (clients * 1_000_000_000L / rate);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long started = System.nanoTime();
        long deadline = started + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c * urls.size() / clients;
            long first = started + c * interval / clients;
            Thread thread = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                List<Double> mine = new ArrayList<>();
                long next = first;
                for (int i = offset; next < deadline; i++, next += interval) {
                    sleepUntil(next);
                    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(urls.get(i % urls.size()))).timeout(Duration.ofSeconds(30));
                    if (token != null && !token.isBlank()) {
                        request.header("Authorization", "Bearer " + token);
                    }
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() != 200) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                    mine.add((System.nanoTime() - t0) / 1e6);
                }
                latencies.addAll(mine);
            });
            threads.add(thread);
            thread.start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        List<Double> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf(Locale.ROOT, "RESULT requests=%d non200=%d rps=%.0f p50_ms=%.1f p95_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                sorted.size(), failures.get(), sorted.size() / elapsed, pct(sorted, 50), pct(sorted, 95), pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    private static void sleepUntil(long nanoTime) {
        long wait = nanoTime - System.nanoTime();
        if (wait > 0) {
            try {
                Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }
}
