package org.acde.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.acde.gateway.config.GatewayConfig;
import org.acde.gateway.problem.GatewayProblems;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.HttpProxy;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * One upstream service as the gateway reaches it: pooled HTTP clients, one circuit breaker, and the proxies over
 * them, for its API and for its OpenAPI document. Everything here runs on the event loop.
 * <p>
 * Each event loop proxies the API over a client of its own: a client's connections live on the event loop that
 * opened them, and one client shared by all loops would hand every upstream read and write over to another thread.
 */
public final class UpstreamProxy {

    private final Vertx vertx;
    private final HttpClientOptions clientOptions;
    private final PoolOptions poolOptions;
    /** For the contract and the readiness probe, which are rare enough to share one client. */
    private final HttpClient client;
    private final RequestOptions target;
    private final HttpProxy contract;
    private final Map<Thread, HttpProxy> apiByEventLoop = new ConcurrentHashMap<>();
    private final List<ProxyInterceptor> apiInterceptors;

    UpstreamProxy(String name, GatewayConfig.Upstream config, long maxBodySize, boolean tracing,
            Vertx vertx, ObjectMapper json, GatewayProblems problems) {
        this.vertx = vertx;
        URI base = config.upstream();
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        this.clientOptions = new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setSsl(tls)
                .setKeepAlive(true)
                .setDefaultHost(base.getHost())
                .setDefaultPort(port);
        this.poolOptions = new PoolOptions().setHttp1MaxSize(config.maxConnections());
        this.client = vertx.createHttpClient(clientOptions, poolOptions);
        this.target = new RequestOptions().setHost(base.getHost()).setPort(port)
                .setIdleTimeout(config.timeout().toMillis());
        UpstreamGuard guard = new UpstreamGuard(name, config.breaker(), problems);
        SilentBodies silentBodies = new SilentBodies(name, vertx, config.timeout().toMillis(), problems);
        ForwardingHeaders forwarding = new ForwardingHeaders(tracing);
        ErrorBodies errorBodies = new ErrorBodies(name, json, problems);
        this.apiInterceptors = List.of(forwarding, errorBodies, silentBodies, new ChunkedBodyLimit(maxBodySize), guard);
        this.contract = proxy(client, List.of(forwarding, errorBodies, silentBodies, new ContractDocument(), guard));
    }

    private HttpProxy proxy(HttpClient over, List<ProxyInterceptor> interceptors) {
        HttpProxy proxy = HttpProxy.reverseProxy(over).origin(context -> request(context, target));
        interceptors.forEach(proxy::addInterceptor);
        return proxy;
    }

    /**
     * Whether the upstream's own readiness check answers UP within {@code timeout}; never fails. The deadline is the
     * gateway's own: the client's idle timeout stops counting once response headers have arrived.
     */
    public Future<Boolean> ready(Duration timeout) {
        RequestOptions probe = new RequestOptions(target).setMethod(HttpMethod.GET).setURI("/q/health/ready")
                .setConnectTimeout(timeout.toMillis()).setIdleTimeout(timeout.toMillis());
        Promise<Boolean> ready = Promise.promise();
        AtomicReference<HttpClientRequest> exchange = new AtomicReference<>();
        long deadline = vertx.setTimer(timeout.toMillis(), id -> {
            if (ready.tryComplete(false) && exchange.get() != null) {
                exchange.get().reset();
            }
        });
        client.request(probe)
                .compose(request -> {
                    exchange.set(request);
                    return request.send();
                })
                .compose(response -> response.body().map(body -> response.statusCode() == 200))
                .onComplete(answer -> {
                    vertx.cancelTimer(deadline);
                    ready.tryComplete(answer.succeeded() && answer.result());
                });
        return ready.future();
    }

    /** The API proxy of the calling event loop, over that loop's own client. */
    HttpProxy api() {
        return apiByEventLoop.computeIfAbsent(Thread.currentThread(),
                loop -> proxy(vertx.createHttpClient(clientOptions, poolOptions), apiInterceptors));
    }

    HttpProxy contract() {
        return contract;
    }

    /** Opens the upstream exchange, keeping it and the upstream's {@code Connection} header for the response phase. */
    private static Future<HttpClientRequest> request(ProxyContext context, RequestOptions target) {
        return context.client().request(new RequestOptions(target)).onSuccess(request -> {
            context.set(SilentBodies.UPSTREAM_REQUEST, request);
            request.response().onSuccess(response -> context.set(ForwardingHeaders.UPSTREAM_CONNECTION, response.getHeader("Connection")));
        });
    }

    /** Counts chunked request bodies on their way through; announced lengths were checked at the front door. */
    private static final class ChunkedBodyLimit implements ProxyInterceptor {

        private final long limit;

        ChunkedBodyLimit(long limit) {
            this.limit = limit;
        }

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            Body body = context.request().getBody();
            if (body != null && body.length() < 0) {
                BodyLimit limited = new BodyLimit(body.stream(), limit);
                context.set(UpstreamGuard.BODY_LIMIT, limited);
                context.request().setBody(Body.body(limited));
            }
            return context.sendRequest();
        }
    }

    /** Serves the upstream's own {@code /q/openapi} at the gateway's {@code /openapi/<name>}, as JSON. */
    private static final class ContractDocument implements ProxyInterceptor {

        @Override
        public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
            context.request().setURI("/q/openapi?format=json");
            context.request().headers().remove("Authorization");
            context.request().headers().remove("Cookie");
            return context.sendRequest();
        }
    }
}
