package org.acde.kernel.web;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpServerRequest;

/**
 * Ends the connection of a request whose body was refused (413) with the staged close of RFC 9112 §9.6. Closing it
 * while the caller is still sending makes TCP reset the connection, and the caller loses the 413 it was sent (the
 * contract fuzzer saw this with java.net.http); so what still arrives is read and discarded first, up to a bound in
 * bytes and time so that nobody can keep the connection busy.
 */
public final class RefusedBodies {

    private static final long DRAIN_BYTES = 4L * 1024 * 1024;
    private static final long DRAIN_MILLIS = 2000;

    private RefusedBodies() {
    }

    /** Call once the problem response has been written. */
    public static void closeAfterDraining(HttpServerRequest request) {
        HttpConnection connection = request.connection();
        if (request.isEnded()) {
            connection.close();
            return;
        }
        long timer = Vertx.currentContext().owner().setTimer(DRAIN_MILLIS, id -> connection.close());
        long[] drained = { 0 };
        request.handler(chunk -> {
            drained[0] += chunk.length();
            if (drained[0] > DRAIN_BYTES) {
                connection.close();
            }
        });
        request.exceptionHandler(failure -> connection.close());
        request.endHandler(ended -> connection.close());
        connection.closeHandler(closed -> Vertx.currentContext().owner().cancelTimer(timer));
        request.resume();
    }
}
