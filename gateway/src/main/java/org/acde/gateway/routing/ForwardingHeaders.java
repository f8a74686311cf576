package org.acde.gateway.routing;

import java.util.List;

import org.acde.kernel.request.RequestId;

import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Header hygiene both ways. Towards the upstream: who really called ({@code X-Forwarded-*}), no hop-by-hop headers
 * (including those the caller named in {@code Connection}) and one trace context. Towards the caller: no hop-by-hop
 * headers named by the upstream, nothing that names server software, and no second copy of a header the gateway set
 * itself. The fixed hop-by-hop set (Connection, Keep-Alive, TE, Proxy-*, Upgrade, Trailer, Transfer-Encoding) is
 * already dropped by Vert.x's proxy.
 */
final class ForwardingHeaders implements ProxyInterceptor {

    /** Where the upstream's {@code Connection} header is kept for the response phase. */
    static final String UPSTREAM_CONNECTION = "acde.upstream-connection";
    private static final List<String> SERVER_DETAILS = List.of("Server", "X-Powered-By", "X-AspNet-Version", "Via");
    /** W3C trace context and baggage, which the tracer writes anew for the gateway's own span when tracing is on. */
    private static final List<String> TRACE_CONTEXT = List.of("traceparent", "tracestate", "baggage");

    private final boolean tracing;

    /** @param tracing whether OpenTelemetry traces the upstream call (then the caller's trace headers are replaced) */
    ForwardingHeaders(boolean tracing) {
        this.tracing = tracing;
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        HttpServerRequest original = context.request().proxiedRequest();
        MultiMap headers = context.request().headers();
        dropNamedIn(original.getHeader("Connection"), headers);
        if (tracing) {
            // Otherwise the upstream would get two traceparent headers, the caller's first.
            TRACE_CONTEXT.forEach(headers::remove);
        }
        // The request id travels to every service the request touches, whatever the caller named in Connection.
        headers.set(RequestId.HEADER, original.getHeader(RequestId.HEADER));
        String client = original.remoteAddress() == null ? "unknown" : original.remoteAddress().hostAddress();
        String forwardedFor = original.getHeader("X-Forwarded-For");
        headers.set("X-Forwarded-For", forwardedFor == null ? client : forwardedFor + ", " + client);
        headers.set("X-Forwarded-Proto", original.scheme() == null ? "http" : original.scheme());
        if (original.authority() != null) {
            headers.set("X-Forwarded-Host", original.authority().toString());
        }
        return context.sendRequest();
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        MultiMap headers = context.response().headers();
        dropNamedIn(context.get(UPSTREAM_CONNECTION, String.class), headers);
        SERVER_DETAILS.forEach(headers::remove);
        // What the gateway already set (request id, security headers, rate limits, CORS) is said once, its way. It sets
        // no Vary or Content-Language on a proxied answer, so the service's (Accept-Language) reach the caller.
        for (String own : context.request().proxiedRequest().response().headers().names()) {
            headers.remove(own);
        }
        return context.sendResponse();
    }

    private static void dropNamedIn(String connection, MultiMap headers) {
        if (connection == null) {
            return;
        }
        for (String name : connection.split(",")) {
            String trimmed = name.trim();
            if (!trimmed.isEmpty()) {
                headers.remove(trimmed);
            }
        }
    }
}
