package org.acde.gateway.routing;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.streams.ReadStream;

/**
 * A request body on its way to the upstream that fails once it grows past the limit. Bodies announced with a
 * {@code Content-Length} are refused up front by the front door; this catches chunked bodies, whose size is only
 * known while they stream through.
 */
final class BodyLimit implements ReadStream<Buffer> {

    /** Raised into the pipe to the upstream when the body is too large. */
    static final class Exceeded extends RuntimeException {
        Exceeded(long limit) {
            super("Request body exceeds " + limit + " bytes", null, false, false);
        }
    }

    private final ReadStream<Buffer> body;
    private final long limit;
    private long received;
    private Handler<Throwable> exceptionHandler;
    private Handler<Void> endHandler;
    private boolean failed;

    BodyLimit(ReadStream<Buffer> body, long limit) {
        this.body = body;
        this.limit = limit;
    }

    boolean exceeded() {
        return failed;
    }

    long limit() {
        return limit;
    }

    @Override
    public ReadStream<Buffer> exceptionHandler(Handler<Throwable> handler) {
        exceptionHandler = handler;
        body.exceptionHandler(handler);
        return this;
    }

    @Override
    public ReadStream<Buffer> handler(Handler<Buffer> handler) {
        if (handler == null) {
            body.handler(null);
            return this;
        }
        body.handler(chunk -> {
            if (failed) {
                return;
            }
            received += chunk.length();
            if (received > limit) {
                failed = true;
                body.pause();
                if (exceptionHandler != null) {
                    exceptionHandler.handle(new Exceeded(limit));
                }
                return;
            }
            handler.handle(chunk);
        });
        return this;
    }

    @Override
    public ReadStream<Buffer> pause() {
        body.pause();
        return this;
    }

    @Override
    public ReadStream<Buffer> resume() {
        if (!failed) {
            body.resume();
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> fetch(long amount) {
        if (!failed) {
            body.fetch(amount);
        }
        return this;
    }

    @Override
    public ReadStream<Buffer> endHandler(Handler<Void> handler) {
        endHandler = handler;
        body.endHandler(handler == null ? null : ended -> {
            if (!failed) {
                endHandler.handle(ended);
            }
        });
        return this;
    }
}
