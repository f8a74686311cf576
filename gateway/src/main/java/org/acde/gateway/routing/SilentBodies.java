package org.acde.gateway.routing;

import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;

/**
 * Gives up on an upstream that goes silent in the middle of a response body: the client's idle timeout only covers
 * the wait for the status line. The upstream exchange is reset (its pooled connection is not left hanging); a body
 * the gateway was still reading (an error body being checked) fails, so the caller gets a problem; a body already
 * being forwarded cannot be turned into a problem any more, so the caller's stream is reset and can never pass for
 * complete. Time the caller itself takes to read (back-pressure) does not count.
 */
final class SilentBodies implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(SilentBodies.class);
    /** Where the upstream exchange sits in the proxy context. */
    static final String UPSTREAM_REQUEST = "acde.upstream-request";

    private final String upstream;
    private final Vertx vertx;
    private final long timeoutMillis;

    SilentBodies(String upstream, Vertx vertx, long timeoutMillis) {
        this.upstream = upstream;
        this.vertx = vertx;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
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
                ended = true;
                if (exchange != null) {
                    exchange.reset();
                }
                if (!caller.response().headWritten() && exceptionHandler != null) {
                    exceptionHandler.handle(new TimeoutException("upstream " + upstream + " went silent"));
                } else {
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
                    ended = true;
                    disarm();
                    handler.handle(failure);
                }
            });
            return this;
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
