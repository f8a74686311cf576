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
 * A small closed-loop load generator: CLIENTS threads, each with its own keep-alive connection, send GET requests to
 * the URLs of a file in turn (each thread starting at another line) for SECONDS and record every latency.
 * Usage: java Load.java URL_FILE CLIENTS SECONDS
 * Prints: RESULT requests=… non200=… rps=… p50_ms=… p90_ms=… p99_ms=… max_ms=…
 */
public class Load {

    public static void main(String[] args) throws Exception {
        List<String> urls = Files.readAllLines(Path.of(args[0])).stream().filter(line -> !line.isBlank()).toList();
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger failures = new AtomicInteger();
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long started = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int offset = c * urls.size() / clients;
            Thread thread = new Thread(() -> {
                HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
                List<Double> mine = new ArrayList<>();
                for (int i = offset; System.nanoTime() < deadline; i++) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urls.get(i % urls.size()))).timeout(Duration.ofSeconds(30)).build();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
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
        System.out.printf(Locale.ROOT, "RESULT requests=%d non200=%d rps=%.0f p50_ms=%.1f p90_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                sorted.size(), failures.get(), sorted.size() / elapsed, pct(sorted, 50), pct(sorted, 90), pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1));
    }

    private static double pct(List<Double> sorted, double p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100 * sorted.size()) - 1));
    }
}
