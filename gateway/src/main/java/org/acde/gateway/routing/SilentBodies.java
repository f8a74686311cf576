package org.acde.gateway.routing;

import java.util.List;
import java.util.concurrent.TimeoutException;

import org.acde.contracts.problem.Problem;
import org.acde.contracts.problem.ProblemType;
import org.acde.gateway.problem.GatewayProblems;
import org.jboss.logging.Logger;

import io.netty.handler.codec.http.HttpResponseStatus;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Gives up on an upstream that goes silent in the middle of a response body: the client's idle timeout only covers
 * the wait for the status line. The upstream exchange is reset (its pooled connection is not left hanging); a body
 * the gateway was still reading (an error body being checked) fails, so the caller gets a problem; a body already
 * being forwarded cannot be turned into a problem any more, so the caller's stream is reset and can never pass for
 * complete. Time the caller itself takes to read (back-pressure) does not count. A body that breaks (silence, a
 * reset, malformed chunks) before any of it reached the caller is answered with a problem here, as the proxy itself
 * would only send a bare 502 with the upstream's headers.
 */
final class SilentBodies implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(SilentBodies.class);
    /** Where the upstream exchange sits in the proxy context. */
    static final String UPSTREAM_REQUEST = "acde.upstream-request";

    /** Headers of the upstream's answer that must not stay on a problem sent in its place. */
    private static final List<String> UPSTREAM_ENTITY_HEADERS = List.of("Content-Length", "Transfer-Encoding",
            "Content-Type", "Content-Encoding", "Content-Range", "Content-Disposition", "ETag", "Last-Modified",
            "Location", "Set-Cookie");

    private static final String BROKE_OFF = "The %s service broke off or answered with an invalid response";

    private final String upstream;
    private final Vertx vertx;
    private final long timeoutMillis;
    private final GatewayProblems problems;

    SilentBodies(String upstream, Vertx vertx, long timeoutMillis, GatewayProblems problems) {
        this.upstream = upstream;
        this.vertx = vertx;
        this.timeoutMillis = timeoutMillis;
        this.problems = problems;
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        if (context.get(UpstreamGuard.EARLY_BODY_FAILURE, Throwable.class) != null) {
            ProxyResponse broken = context.response().release();
            broken.headers().clear();
            broken.setStatusCode(ProblemType.BAD_GATEWAY.status()).setStatusMessage(HttpResponseStatus.BAD_GATEWAY.reasonPhrase())
                    .putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .setBody(Body.body(problems.body(ProblemType.BAD_GATEWAY, ProblemType.BAD_GATEWAY.status(),
                            BROKE_OFF.formatted(upstream), context.request().proxiedRequest())));
            return context.sendResponse();
        }
        Body body = context.response().getBody();
        if (body != null) {
            context.response().setBody(Body.body(new Watched(body.stream(), context.request().proxiedRequest(),
                    context.get(UPSTREAM_REQUEST, HttpClientRequest.class)), body.length()));
        }
        return context.sendResponse();
    }

    /** The upstream's body, with one timer per response that re-arms for what is left of the silence allowed. */
    private final class Watched implements ReadStream<Buffer> {

        private final ReadStream<Buffer> body;
        private final HttpServerRequest caller;
        private final HttpClientRequest exchange;
        private Handler<Throwable> exceptionHandler;
        private long lastActivity = System.nanoTime();
        private long timer = -1;
        private boolean paused;
        private boolean ended;

        Watched(ReadStream<Buffer> body, HttpServerRequest caller, HttpClientRequest exchange) {
            this.body = body;
            this.caller = caller;
            this.exchange = exchange;
        }

        private void arm(long delayMillis) {
            timer = vertx.setTimer(Math.max(1, delayMillis), id -> {
                timer = -1;
                if (ended || paused) {
                    return;
                }
                long silentMillis = (System.nanoTime() - lastActivity) / 1_000_000;
                if (silentMillis < timeoutMillis) {
                    arm(timeoutMillis - silentMillis);
                    return;
                }
                LOG.warnf("Upstream %s went silent mid-body for %d ms on %s %s; giving up", upstream, silentMillis,
                        caller.method(), caller.path());
                if (exchange != null) {
                    exchange.reset();
                }
                if (!caller.response().headWritten() && exceptionHandler != null) {
                    fail(new TimeoutException("upstream " + upstream + " went silent"), exceptionHandler);
                } else {
                    ended = true;
                    caller.response().reset();
                }
            });
        }

        private void disarm() {
            if (timer >= 0) {
                vertx.cancelTimer(timer);
                timer = -1;
            }
        }

        @Override
        public ReadStream<Buffer> handler(Handler<Buffer> handler) {
            if (handler == null) {
                body.handler(null);
                if (!ended) {
                    // The consumer let go before the end: the pipe to the caller failed (the caller hung up) and
                    // resumes the body with nobody reading it. Watching it for silence would only misreport the
                    // caller's departure as the upstream's, and hold the upstream connection until then.
                    ended = true;
                    disarm();
                    if (exchange != null) {
                        exchange.reset();
                    }
                }
                return this;
            }
            body.handler(chunk -> {
                lastActivity = System.nanoTime();
                handler.handle(chunk);
            });
            if (timer < 0 && !paused) {
                arm(timeoutMillis);
            }
            return this;
        }

        @Override
        public ReadStream<Buffer> endHandler(Handler<Void> handler) {
            body.endHandler(handler == null ? null : done -> {
                if (!ended) {
                    ended = true;
                    disarm();
                    handler.handle(done);
                }
            });
            return this;
        }

        @Override
        public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
            exceptionHandler = handler;
            body.exceptionHandler(handler == null ? null : failure -> {
                if (!ended) {
                    fail(failure, handler);
                }
            });
            return this;
        }

        /** Ends the body with a failure; while nothing of it has reached the caller, the caller gets a problem. */
        private void fail(Throwable failure, Handler<Throwable> handler) {
            ended = true;
            disarm();
            HttpServerResponse response = caller.response();
            if (!response.headWritten() && !response.ended()) {
                boolean silent = failure instanceof TimeoutException;
                ProblemType type = silent ? ProblemType.GATEWAY_TIMEOUT : ProblemType.BAD_GATEWAY;
                String detail = silent ? "The " + upstream + " service did not answer in time" : BROKE_OFF.formatted(upstream);
                UPSTREAM_ENTITY_HEADERS.forEach(response.headers()::remove);
                response.setChunked(false).setStatusCode(type.status()).setStatusMessage(HttpResponseStatus.valueOf(type.status())
                        .reasonPhrase()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .end(problems.body(type, type.status(), detail, caller));
            }
            handler.handle(failure);
        }

        @Override
        public ReadStream<Buffer> pause() {
            paused = true;
            disarm();
            body.pause();
            return this;
        }

        @Override
        public ReadStream<Buffer> resume() {
            paused = false;
            lastActivity = System.nanoTime();
            if (timer < 0 && !ended) {
                arm(timeoutMillis);
            }
            body.resume();
            return this;
        }

        @Override
        public ReadStream<Buffer> fetch(long amount) {
            body.fetch(amount);
            return this;
        }
    }
}
