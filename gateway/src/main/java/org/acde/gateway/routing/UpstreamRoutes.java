package org.acde.gateway.routing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.acde.gateway.access.EdgeAccess;
import org.acde.gateway.clients.ApiClientResource;
import org.acde.gateway.config.GatewayConfig;
import org.acde.gateway.needs.NeedAnswersResource;
import org.acde.gateway.overview.PartyOverviewResource;
import org.acde.gateway.portfolio.PortfolioResource;
import org.acde.gateway.problem.GatewayProblems;
import org.acde.gateway.ratelimit.RateLimiter;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * Installs the routing table: each upstream's API prefixes are reverse-proxied to it, and its OpenAPI document is
 * served at {@code /openapi/<name>} for the one Swagger UI. Method, path, query, headers, body and status pass
 * through unchanged and bodies stream both ways.
 */
@Singleton
public class UpstreamRoutes {

    private static final Logger LOG = Logger.getLogger(UpstreamRoutes.class);
    /** Where each upstream's contract is served. */
    public static final String CONTRACTS = "/openapi/";
    /**
     * The API paths the gateway answers itself: the party overview, the onboarding of API clients, an initiative's
     * portfolio and a need's answers, which lie under the initiatives and matchmaking routes' prefixes and so are kept
     * out of those routes.
     */
    static final String OWN_API = OwnApi.regex(OwnApi.under(PartyOverviewResource.class),
            OwnApi.under(ApiClientResource.class), OwnApi.operationsOf(PortfolioResource.class),
            OwnApi.operationsOf(NeedAnswersResource.class));

    private final Map<String, UpstreamProxy> upstreams = new LinkedHashMap<>();
    private final GatewayConfig config;
    private final RouteMetrics metrics;
    private final EdgeAccess access;
    private final RateLimiter rateLimiter;

    UpstreamRoutes(GatewayConfig config, Vertx vertx, ObjectMapper json, GatewayProblems problems, RouteMetrics metrics,
            EdgeAccess access, RateLimiter rateLimiter,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.otel.sdk.disabled") boolean tracingOff) {
        this.config = config;
        this.metrics = metrics;
        this.access = access;
        this.rateLimiter = rateLimiter;
        config.routes().forEach((name, upstream) -> upstreams.put(name,
                new UpstreamProxy(name, upstream, maxBodySize.asLongValue(), !tracingOff, vertx, json, problems)));
    }

    /** The upstreams by name, in configuration order. */
    public Map<String, UpstreamProxy> upstreams() {
        return upstreams;
    }

    void register(@Observes Router router) {
        upstreams.forEach((name, upstream) -> {
            List<String> prefixes = config.routes().get(name).prefixes();
            router.routeWithRegex(prefixRegex(prefixes))
                    .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .handler(rc -> {
                        metrics.track(rc, name);
                        rc.next();
                    })
                    .handler(access)
                    .handler(rateLimiter)
                    .handler(rc -> upstream.api().handle(rc.request()));
            router.route(HttpMethod.GET, CONTRACTS + name)
                    .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .handler(rc -> upstream.contract().handle(rc.request()));
            LOG.infof("Routing %s to %s (%s)", prefixes, name, config.routes().get(name).upstream());
        });
        // The gateway's own API is metered and rate-limited like the proxied routes.
        router.routeWithRegex("^" + OWN_API + "$")
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .handler(rc -> {
                    metrics.track(rc, "gateway");
                    rc.next();
                })
                .handler(rateLimiter);
    }

    static String prefixRegex(List<String> prefixes) {
        return prefixes.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(?!" + OWN_API + "$)(?:", ")(?:/.*)?$"));
    }
}
