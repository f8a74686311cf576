package org.acde.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

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
 * One upstream service as the gateway reaches it: a pooled HTTP client, one circuit breaker, and two proxies over
 * them, one for its API and one that serves its OpenAPI document. Everything here runs on the event loop.
 */
public final class UpstreamProxy {

    private final Vertx vertx;
    private final HttpClient client;
    private final RequestOptions target;
    private final HttpProxy api;
    private final HttpProxy contract;

    UpstreamProxy(String name, GatewayConfig.Upstream config, long maxBodySize,
            Vertx vertx, ObjectMapper json, GatewayProblems problems) {
        this.vertx = vertx;
        URI base = config.upstream();
        boolean tls = "https".equalsIgnoreCase(base.getScheme());
        int port = base.getPort() > 0 ? base.getPort() : tls ? 443 : 80;
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setConnectTimeout((int) config.connectTimeout().toMillis())
                .setSsl(tls)
                .setKeepAlive(true)
                .setDefaultHost(base.getHost())
                .setDefaultPort(port),
                new PoolOptions().setHttp1MaxSize(config.maxConnections()));
        this.target = new RequestOptions().setHost(base.getHost()).setPort(port)
                .setIdleTimeout(config.timeout().toMillis());
        UpstreamGuard guard = new UpstreamGuard(name, config.breaker(), problems);
        SilentBodies silentBodies = new SilentBodies(name, vertx, config.timeout().toMillis(), problems);
        this.api = HttpProxy.reverseProxy(client)
                .origin(context -> request(context, target))
                .addInterceptor(new ForwardingHeaders())
                .addInterceptor(new ErrorBodies(name, json, problems))
                .addInterceptor(silentBodies)
                .addInterceptor(new ChunkedBodyLimit(maxBodySize))
                .addInterceptor(guard);
        this.contract = HttpProxy.reverseProxy(client)
                .origin(context -> request(context, target))
                .addInterceptor(new ForwardingHeaders())
                .addInterceptor(new ErrorBodies(name, json, problems))
                .addInterceptor(silentBodies)
                .addInterceptor(new ContractDocument())
                .addInterceptor(guard);
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

    HttpProxy api() {
        return api;
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
