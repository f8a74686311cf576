import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pages through events-service's feed the way a partner catching up does: one request at a time, each from the
 * previous page's nextCursor, until a page comes back empty; or stops after a number of pages (a warm-up).
 *   java Feed.java BASE_URL TOKEN|- QUERY [MAX_PAGES]      e.g. QUERY "limit=100&type=org.acde.matchmaking."
 * Prints: RESULT events=<n> pages=<n> seconds=<s> events_per_s=<n> p50_ms=<ms> p99_ms=<ms> max_ms=<ms>
 */
public class Feed {

    private static final Pattern NEXT = Pattern.compile("\"nextCursor\":\"([^\"]+)\"");
    private static final Pattern ITEM = Pattern.compile("\"specversion\"");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String token = args[1].equals("-") ? null : args[1];
        String query = args[2];
        long maxPages = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE;
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<Double> latencies = new ArrayList<>();
        long events = 0;
        String cursor = null;
        long start = System.nanoTime();
        while (latencies.size() < maxPages) {
            String url = base + "/api/v1/events?" + query
                    + (cursor == null ? "" : "&cursor=" + URLEncoder.encode(cursor, StandardCharsets.UTF_8));
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            long sent = System.nanoTime();
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            latencies.add((System.nanoTime() - sent) / 1e6);
            if (response.statusCode() != 200) {
                throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
            }
            Matcher next = NEXT.matcher(response.body());
            if (!next.find()) {
                throw new IllegalStateException("no nextCursor in " + response.body());
            }
            cursor = next.group(1);
            long items = ITEM.matcher(response.body()).results().count();
            events += items;
            if (items == 0) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Collections.sort(latencies);
        System.out.printf("RESULT events=%d pages=%d seconds=%.2f events_per_s=%.0f p50_ms=%.1f p99_ms=%.1f max_ms=%.1f%n",
                events, latencies.size(), seconds, events / seconds, percentile(latencies, 50), percentile(latencies, 99),
                latencies.get(latencies.size() - 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
