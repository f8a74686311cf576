package org.acde.gateway.ratelimit;

import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/** The tests' own client of the real Redis on 127.0.0.1:6379, outside the application under test. */
final class LocalRedis {

    static final int PORT = 6379;
    static final String URL = "redis://127.0.0.1:" + PORT;
    private static Redis client;

    private LocalRedis() {
    }

    /** Redis's clock, in microseconds: the one the rate-limit script reads. */
    static long now() {
        Response time = send(Command.TIME);
        return time.get(0).toLong() * 1_000_000 + time.get(1).toLong();
    }

    /** Sends one command and waits for its answer. */
    static synchronized Response send(Command command, Object... args) {
        if (client == null) {
            client = Redis.createClient(Vertx.vertx(), URL);
        }
        try {
            return client.send(Request.cmd(command, args)).toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Redis " + command + " failed", e);
        }
    }
}
