package org.acde.gateway.routing;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import org.acde.contracts.problem.Problem;
import org.acde.contracts.problem.ProblemType;
import org.acde.gateway.config.GatewayConfig;
import org.acde.gateway.problem.GatewayProblems;
import org.acde.kernel.web.RefusedBodies;
import org.jboss.logging.Logger;

import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.http.StreamResetException;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Sends the request to the upstream through its circuit breaker and answers with a problem when the upstream
 * cannot: 503 with {@code Retry-After} while it is unreachable or its breaker is open (at once, without trying),
 * 504 when it went silent past its timeout, 502 when it broke off or answered something that is not HTTP. Only
 * such transport failures count against the breaker: an upstream's own 4xx or 5xx answer is an answer, and an
 * exchange the caller broke off by hanging up (the proxy then resets the upstream request) is nobody's failure.
 */
final class UpstreamGuard implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(UpstreamGuard.class);
    /** Where {@link BodyLimit} sits in the proxy context, to tell a refused body from an upstream failure. */
    static final String BODY_LIMIT = "acde.body-limit";
    /** Where a failure of the upstream's body that came before anything forwards it is kept, for {@link SilentBodies}. */
    static final String EARLY_BODY_FAILURE = "acde.early-body-failure";

    private final String upstream;
    private final GatewayProblems problems;
    private final UpstreamBreaker breaker;

    UpstreamGuard(String upstream, GatewayConfig.Breaker config, GatewayProblems problems) {
        this.upstream = upstream;
        this.problems = problems;
        this.breaker = new UpstreamBreaker(upstream, config);
    }

    @Override
    public Future<ProxyResponse> handleProxyRequest(ProxyContext context) {
        UpstreamBreaker.Permit permit = breaker.tryAcquire();
        if (permit == UpstreamBreaker.REFUSED) {
            return Future.succeededFuture(unavailable(context, "The " + upstream + " service is unavailable; retry shortly"));
        }
        return send(context).transform(outcome -> {
            if (outcome.succeeded()) {
                breaker.succeeded(permit);
                return Future.succeededFuture(outcome.result());
            }
            // Otherwise callers hanging up mid-request (every load tool at the end of a run) could open it.
            if (outcome.cause() instanceof CallerGone) {
                breaker.abandoned(permit);
            } else {
                breaker.failed(permit);
            }
            return Future.succeededFuture(problem(context, outcome.cause()));
        });
    }

    /**
     * The exchange; a body the gateway refused is the caller's fault and an answer, not an upstream failure, and a
     * failure after the caller hung up is the reset of the upstream request that followed.
     */
    private Future<ProxyResponse> send(ProxyContext context) {
        return context.sendRequest().onSuccess(response -> {
            // A status line and a broken first chunk can arrive together, before any interceptor watches the body.
            Body body = response.getBody();
            if (body != null) {
                body.stream().exceptionHandler(failure -> context.set(EARLY_BODY_FAILURE, failure));
            }
        }).recover(failure -> {
            BodyLimit limit = context.get(BODY_LIMIT, BodyLimit.class);
            if (limit != null && limit.exceeded()) {
                var caller = context.request().proxiedRequest();
                caller.response().putHeader("Connection", "close").endHandler(ended -> RefusedBodies.closeAfterDraining(caller));
                return Future.succeededFuture(answer(context, ProblemType.BODY_TOO_LARGE,
                        "The body may not exceed " + limit.limit() + " bytes"));
            }
            if (callerGone(context, failure)) {
                return Future.failedFuture(new CallerGone());
            }
            return Future.failedFuture(failure);
        });
    }

    /**
     * Over HTTP/1.1 to the upstream a stream reset is the proxy's own doing: it resets the upstream request when the
     * caller's side of the body pipe fails, which is the caller hanging up, seen before its connection is marked closed.
     */
    private static boolean callerGone(ProxyContext context, Throwable failure) {
        return failure instanceof StreamResetException || context.request().proxiedRequest().response().closed();
    }

    private ProxyResponse problem(ProxyContext context, Throwable failure) {
        if (failure instanceof CallerGone) {
            // Nobody is left to read it; the proxy's attempt to send it fails quietly on the closed connection.
            return answer(context, ProblemType.BAD_GATEWAY, "The exchange with the " + upstream + " service was broken off");
        }
        LOG.warnf("Upstream %s failed for %s %s: %s", upstream, context.request().getMethod(),
                context.request().getURI(), failure.toString());
        if (failure instanceof ConnectException || failure instanceof ConnectTimeoutException) {
            return unavailable(context, "The " + upstream + " service is unavailable; retry shortly");
        }
        if (failure instanceof TimeoutException) {
            return answer(context, ProblemType.GATEWAY_TIMEOUT, "The " + upstream + " service did not answer in time");
        }
        return answer(context, ProblemType.BAD_GATEWAY, "The " + upstream + " service broke off or answered with an invalid response");
    }

    private ProxyResponse unavailable(ProxyContext context, String detail) {
        return answer(context, ProblemType.UNAVAILABLE, detail).putHeader("Retry-After", Long.toString(retryAfterSeconds()));
    }

    private ProxyResponse answer(ProxyContext context, ProblemType type, String detail) {
        return context.request().release().response()
                .setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.body(type, type.status(), detail, context.request().proxiedRequest())));
    }

    /** Until the breaker lets a trial call through, or one breaker delay when it is not open (yet). */
    private long retryAfterSeconds() {
        return Math.max(1, (breaker.retryAfterNanos() + 999_999_999L) / 1_000_000_000L);
    }

    /** The caller closed its connection before the upstream answered. */
    private static final class CallerGone extends RuntimeException {

        CallerGone() {
            super("The caller closed the connection", null, false, false);
        }
    }
}
