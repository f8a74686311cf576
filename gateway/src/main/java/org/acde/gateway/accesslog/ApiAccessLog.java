package org.acde.gateway.accesslog;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.acde.kernel.request.RequestId;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The access log of API requests ({@code /api/...}), written off the event loop. Quarkus's access log formats its
 * line on the event loop that ends the response, for every request the gateway proxies; here the event loop only
 * copies what the line needs into a small record and queues it, and one background thread formats and logs it.
 * When the queue is full the line is dropped and counted ({@code acde_gateway_access_log_dropped_total}) rather
 * than the event loop made to wait. The writer takes what has queued up every few milliseconds instead of being
 * woken for each line: a wake-up per request would cost a system call on the event loop.
 * <p>
 * The line is the one Quarkus writes with the shared pattern ({@code %h "%r" %s %b %D ms rid=%{i,X-Request-Id}}), in
 * Quarkus's access-log category. Quarkus's access log excludes exactly the paths logged here (its
 * {@code exclude-pattern} in application.properties: the raw path starts with {@code /api/}), so every request is
 * logged once; the split is by path rather than by route because requests refused before any route runs (a bad
 * token, an unknown API path) are logged too.
 */
@Singleton
public class ApiAccessLog {

    /** Quarkus's own access-log category, so one logging configuration covers both logs. */
    static final String CATEGORY = "io.quarkus.http.access-log";
    /** Lines waiting to be written: a second or more of the gateway's peak rate. */
    private static final int CAPACITY = 16_384;
    /** How long the writer rests when nothing is waiting; lines appear at most this much later. */
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(10);
    private static final Logger LOG = Logger.getLogger(CATEGORY);

    private final BlockingQueue<Line> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final Counter dropped;
    private final Thread writer = new Thread(this::write, "acde-access-log");
    private volatile boolean running = true;

    ApiAccessLog(MeterRegistry registry) {
        this.dropped = Counter.builder("acde.gateway.access.log.dropped")
                .description("API access-log lines dropped because the writer fell behind")
                .register(registry);
        writer.setDaemon(true);
        writer.start();
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_ACCESS_LOG_HANDLER).handler(this::track);
    }

    private void track(RoutingContext rc) {
        if (rc.request().path().startsWith("/api/")) {
            long start = System.nanoTime();
            rc.addEndHandler(ended -> queue(rc, start));
        }
        rc.next();
    }

    private void queue(RoutingContext rc, long start) {
        HttpServerRequest request = rc.request();
        SocketAddress client = request.remoteAddress();
        Line line = new Line(client == null ? null : client.host(), request.method().name(), request.uri(),
                request.version(), rc.response().getStatusCode(), rc.response().bytesWritten(),
                System.nanoTime() - start, request.getHeader(RequestId.HEADER));
        if (!queue.offer(line)) {
            dropped.increment();
        }
    }

    private void write() {
        List<Line> batch = new ArrayList<>(CAPACITY);
        while (running) {
            if (queue.drainTo(batch) == 0) {
                LockSupport.parkNanos(IDLE_NANOS);
            }
            batch.forEach(ApiAccessLog::log);
            batch.clear();
        }
        queue.forEach(ApiAccessLog::log);
    }

    private static void log(Line line) {
        try {
            MDC.put(RequestId.MDC_KEY, line.requestId() == null ? "" : line.requestId());
            LOG.info(line.format());
        } catch (RuntimeException e) {
            // A broken handler must not stop the log.
        } finally {
            MDC.remove(RequestId.MDC_KEY);
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        running = false;
        writer.join(TimeUnit.SECONDS.toMillis(2));
    }

    /** What the line says, copied on the event loop. */
    record Line(String client, String method, String uri, HttpVersion version, int status, long bytes, long nanos,
            String requestId) {

        /** As Quarkus's pattern {@code %h "%r" %s %b %D ms rid=%{i,X-Request-Id}} writes it, with "-" for nothing. */
        String format() {
            return orDash(client) + " \"" + method + ' ' + uri + ' ' + protocol(version) + "\" " + status + ' '
                    + (bytes == 0 ? "-" : Long.toString(bytes)) + ' ' + TimeUnit.NANOSECONDS.toMillis(nanos)
                    + " ms rid=" + orDash(requestId);
        }

        private static String protocol(HttpVersion version) {
            return version == null ? "-" : switch (version) {
                case HTTP_1_0 -> "HTTP/1.0";
                case HTTP_1_1 -> "HTTP/1.1";
                case HTTP_2 -> "HTTP/2";
            };
        }

        private static String orDash(String value) {
            return value == null || value.isEmpty() ? "-" : value;
        }
    }
}
