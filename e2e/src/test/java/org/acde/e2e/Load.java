package org.acde.e2e;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A steady write load through the gateway: each worker POSTs one request after another and every answer is kept
 * (status, problem type, latency, the id of what was created), so a test can check afterwards what was acknowledged.
 */
public final class Load implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    public record Answer(long at, int status, String contentType, String body, long millis, String createdId) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final ExecutorService workers;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Answer> answers = new CopyOnWriteArrayList<>();

    /** Starts {@code threads} workers POSTing {@code body(n)} to {@code path} with {@code token}. */
    public Load(int threads, String path, String token, IntFunction<String> body) {
        workers = Executors.newFixedThreadPool(threads);
        AtomicInteger counter = new AtomicInteger();
        for (int i = 0; i < threads; i++) {
            workers.submit(() -> {
                while (running.get()) {
                    send(path, token, body.apply(counter.incrementAndGet()));
                }
            });
        }
    }

    private void send(String path, String token, String body) {
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(Stack.GATEWAY_URL + path))
                    // Longer than the gateway's 10 s upstream timeout: its 504 is an answer, only silence is not.
                    .timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher id = ID.matcher(response.body());
            answers.add(new Answer(System.currentTimeMillis(), response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body(),
                    (System.nanoTime() - start) / 1_000_000, response.statusCode() == 201 && id.find() ? id.group(1) : null));
        } catch (Exception e) {
            answers.add(new Answer(System.currentTimeMillis(), -1, "", e.toString(), (System.nanoTime() - start) / 1_000_000, null));
        }
    }

    public List<Answer> answers() {
        return List.copyOf(answers);
    }

    public List<String> createdIds() {
        return answers.stream().map(Answer::createdId).filter(id -> id != null).toList();
    }

    @Override
    public void close() throws InterruptedException {
        running.set(false);
        workers.shutdown();
        workers.awaitTermination(30, TimeUnit.SECONDS);
    }
}
