package org.acde.gateway.health;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.acde.gateway.config.GatewayConfig;
import org.acde.gateway.routing.UpstreamRoutes;

import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;

/** Asks every upstream's readiness endpoint at once, each bounded by the probe timeout. */
@Singleton
public class UpstreamStatus {

    private final UpstreamRoutes routes;
    private final Duration timeout;

    UpstreamStatus(UpstreamRoutes routes, GatewayConfig config) {
        this.routes = routes;
        this.timeout = config.probeTimeout();
    }

    /** Upstream name to whether it is ready, in routing-table order. */
    public Uni<Map<String, Boolean>> all() {
        List<String> names = new ArrayList<>(routes.upstreams().keySet());
        List<Future<Boolean>> probes = names.stream().map(name -> routes.upstreams().get(name).ready(timeout)).toList();
        return Uni.createFrom().completionStage(Future.join(probes).toCompletionStage()).map(all -> {
            Map<String, Boolean> ready = new LinkedHashMap<>();
            for (int i = 0; i < names.size(); i++) {
                ready.put(names.get(i), probes.get(i).result());
            }
            return ready;
        });
    }
}
