package org.acde.gateway.routing;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-route request metrics: {@code acde_gateway_requests_seconds} with the route (upstream name), method and
 * status, as a histogram so latency percentiles can be computed across gateway replicas.
 */
@Singleton
public class RouteMetrics {

    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final MeterRegistry registry;
    private final ConcurrentMap<String, Timer> timers = new ConcurrentHashMap<>();

    RouteMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records the exchange when its response has been written, whatever the outcome. */
    void track(RoutingContext rc, String route) {
        long start = System.nanoTime();
        rc.addEndHandler(ended -> {
            int status = rc.response().getStatusCode();
            // Callers choose the method: unknown ones share one tag so they cannot blow up the series count.
            String method = KNOWN_METHODS.contains(rc.request().method().name()) ? rc.request().method().name() : "OTHER";
            timers.computeIfAbsent(route + ' ' + method + ' ' + status, key -> Timer.builder("acde.gateway.requests")
                    .description("Requests the gateway forwarded or answered for a route")
                    .tag("route", route).tag("method", method).tag("status", Integer.toString(status))
                    .publishPercentileHistogram()
                    .register(registry))
                    .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
        });
    }
}
