package org.acde.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.acde.contracts.problem.Problem;
import org.acde.contracts.problem.ProblemType;
import org.acde.contracts.problem.Problems;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Installs one reverse-proxy route per upstream from the routing table. Method, path, query, headers, body and
 * status pass through unchanged and bodies stream both ways; the gateway adds {@code X-Forwarded-*} and the
 * request id, and answers with a problem itself when the upstream cannot.
 */
@Singleton
public class UpstreamRoutes {

    private static final Logger LOG = Logger.getLogger(UpstreamRoutes.class);
    /** Encoded slashes, backslashes and NUL would let an upstream see other segments than the gateway routed on. */
    private static final Pattern ENCODED_SEPARATOR = Pattern.compile("(?i)%2f|%5c|%00|\\\\");

    private final GatewayConfig config;
    private final Vertx vertx;
    private final ObjectMapper json;

    UpstreamRoutes(GatewayConfig config, Vertx vertx, ObjectMapper json) {
        this.config = config;
        this.vertx = vertx;
        this.json = json;
    }

    void register(@Observes Router router) {
        config.routes().forEach((name, upstream) -> {
            HttpProxy proxy = proxyTo(name, upstream);
            router.routeWithRegex(prefixRegex(upstream.prefixes()))
                    .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .handler(rc -> forward(rc, proxy));
            LOG.infof("Routing %s to %s (%s)", upstream.prefixes(), name, upstream.upstream());
        });
    }

    private void forward(RoutingContext rc, HttpProxy proxy) {
        // Only canonical paths are forwarded: the upstream must see exactly the path the gateway routed on.
        String path = rc.request().path();
        if (!path.equals(rc.normalizedPath()) || ENCODED_SEPARATOR.matcher(path).find()) {
            rc.response().setStatusCode(400).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .end(problemJson(ProblemType.MALFORMED_REQUEST, 400,
                            "The path must not contain dot segments, empty segments or encoded characters",
                            rc.normalizedPath()));
            return;
        }
        proxy.handle(rc.request());
    }

    private HttpProxy proxyTo(String name, GatewayConfig.Upstream upstream) {
        URI base = upstream.upstream();
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) upstream.connectTimeout().toMillis())
                .setSsl(tls)
                .setKeepAlive(true)
                .setMaxPoolSize(100));
        RequestOptions target = new RequestOptions().setHost(base.getHost()).setPort(port)
                .setIdleTimeout(upstream.timeout().toMillis());
        return HttpProxy.reverseProxy(client)
                .origin(context -> context.client().request(new RequestOptions(target)))
                .addInterceptor(new ForwardingHeaders())
                .addInterceptor(new UpstreamFailure(name));
    }

    static String prefixRegex(List<String> prefixes) {
        return prefixes.stream().map(Pattern::quote).collect(Collectors.joining("|", "^(?:", ")(?:/.*)?$"));
    }

    /** Tells the upstream who really called, as a reverse proxy does. */
    private static final class ForwardingHeaders implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            var original = context.request().proxiedRequest();
            var headers = context.request().headers();
            String client = original.remoteAddress() == null ? "unknown" : original.remoteAddress().hostAddress();
            String forwardedFor = headers.get("X-Forwarded-For");
            headers.set("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
            headers.set("X-Forwarded-Proto", original.scheme() == null ? "http" : original.scheme());
            if (original.authority() != null) {
                headers.set("X-Forwarded-Host", original.authority().toString());
            }
            return context.sendRequest();
        }
    }

    /** An upstream that cannot be reached or goes silent gets a problem answer instead of a bare 502. */
    private final class UpstreamFailure implements ProxyInterceptor {

        private final String name;

        UpstreamFailure(String name) {
            this.name = name;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            return context.sendRequest().recover(failure -> {
                LOG.warnf("Upstream %s failed for %s %s: %s", name, context.request().getMethod(),
                        context.request().getURI(), failure.toString());
                boolean silent = failure.getMessage() != null && failure.getMessage().contains("timeout");
                ProblemType type = silent ? ProblemType.GATEWAY_TIMEOUT : ProblemType.UNAVAILABLE;
                String detail = silent ? "The " + name + " service did not answer in time"
                        : "The " + name + " service is unavailable; retry shortly";
                ProxyResponse response = context.request().release().response()
                        .setStatusCode(type.status())
                        .putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .setBody(Body.body(Buffer.buffer(problemJson(type, type.status(), detail,
                                context.request().proxiedRequest().path()))));
                if (!silent) {
                    response.putHeader("Retry-After", "5");
                }
                return Future.succeededFuture(response);
            });
        }
    }

    private String problemJson(ProblemType type, int status, String detail, String instance) {
        try {
            return json.writeValueAsString(Problems.of(type, status, detail, instance, List.of(), Map.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
