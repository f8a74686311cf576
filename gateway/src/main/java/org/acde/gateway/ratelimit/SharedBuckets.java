package org.acde.gateway.ratelimit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.VertxException;
import io.vertx.redis.client.Command;
import io.vertx.redis.client.Redis;
import io.vertx.redis.client.Request;
import io.vertx.redis.client.Response;

/**
 * Buckets every replica shares in Redis: at most one {@code EVALSHA} of {@code token-bucket.lua} per request (Redis
 * loads the script on the first {@code EVAL} after a restart), answered on the event loop that asked. A call that fails or takes
 * longer than {@code redis-timeout} lets the request through unlimited; then Redis is left alone for {@code
 * redis-back-off} so an outage does not cost every request a timeout or a connection attempt. Every request let
 * through so counts in {@code acde_gateway_rate_limit_store_failures_total}, tagged with why.
 * <p>
 * A bucket Redis answered empty stays empty until its next token whatever other replicas do (only time refills it),
 * so until then this replica refuses its caller without asking: a caller over its limit costs Redis nothing, and no
 * request is admitted that Redis would have refused.
 */
final class SharedBuckets {

    private static final Logger LOG = Logger.getLogger(SharedBuckets.class);
    static final String KEY_PREFIX = "acde:gateway:rate-limit:";
    private static final long WARN_EVERY = TimeUnit.SECONDS.toNanos(30);
    private static final VertxException BACKING_OFF = new VertxException("Redis is left alone after a failure", true);

    private final Redis redis;
    private final String script;
    private final String sha;
    private final long timeoutMillis;
    private final long backOffNanos;
    private final Counter timeouts;
    private final Counter errors;
    /** Buckets Redis answered empty, by key: until when (System.nanoTime) they stay so. */
    private final Cache<String, Empty> empty;
    private volatile long backOffUntil;
    private volatile Counter backOffReason;
    private volatile long lastWarning = System.nanoTime() - WARN_EVERY;
    private volatile boolean failing;

    SharedBuckets(Redis redis, Duration timeout, Duration backOff, long maxEmpty, Duration longestWindow, MeterRegistry registry) {
        this.redis = redis;
        this.script = script();
        this.sha = sha1(script);
        this.timeoutMillis = Math.max(1, timeout.toMillis());
        this.backOffNanos = backOff.toNanos();
        this.timeouts = failures(registry, "timeout");
        this.errors = failures(registry, "error");
        this.empty = Caffeine.newBuilder().maximumSize(maxEmpty).expireAfterWrite(longestWindow).build();
        this.backOffUntil = System.nanoTime();
    }

    /** Takes one token; a failed future means the store did not answer and the request passes unlimited. */
    Future<TokenBucket.Take> take(String key, long limit, long interval) {
        long asked = System.nanoTime();
        Empty known = empty.getIfPresent(key);
        if (known != null && known.nextToken - asked > 0) {
            return Future.succeededFuture(new TokenBucket.Take(false, 0, micros(known.nextToken - asked), micros(known.full - asked), 0));
        }
        if (backOffUntil - asked > 0) {
            backOffReason.increment();
            return Future.failedFuture(BACKING_OFF);
        }
        String bucket = KEY_PREFIX + key;
        return redis.send(Request.cmd(Command.EVALSHA).arg(sha).arg(1).arg(bucket).arg(limit).arg(interval))
                .recover(failure -> isNoScript(failure)
                        ? redis.send(Request.cmd(Command.EVAL).arg(script).arg(1).arg(bucket).arg(limit).arg(interval))
                        : Future.failedFuture(failure))
                .timeout(timeoutMillis, TimeUnit.MILLISECONDS)
                .transform(answer -> {
                    if (answer.failed()) {
                        failed(answer.cause());
                        return Future.failedFuture(answer.cause());
                    }
                    answered();
                    TokenBucket.Take take = take(answer.result());
                    // Counted from when Redis was asked, before it looked at its clock: never later than the truth.
                    long untilNextToken = !take.consumed() ? take.untilOne()
                            : take.remaining() == 0 ? take.untilFull() - (limit - 1) * interval : 0;
                    if (untilNextToken > 0) {
                        empty.put(key, new Empty(asked + untilNextToken * 1000, asked + take.untilFull() * 1000));
                    }
                    return Future.succeededFuture(take);
                });
    }

    private static TokenBucket.Take take(Response answer) {
        return new TokenBucket.Take(answer.get(0).toLong() == 1, answer.get(1).toLong(), answer.get(2).toLong(),
                answer.get(3).toLong(), 0);
    }

    private void answered() {
        if (failing) {
            failing = false;
            LOG.info("Rate-limit store answers again: requests are limited again");
        }
    }

    private void failed(Throwable failure) {
        Counter reason = failure instanceof TimeoutException ? timeouts : errors;
        reason.increment();
        backOffReason = reason;
        long now = System.nanoTime();
        backOffUntil = now + backOffNanos;
        failing = true;
        if (now - lastWarning >= WARN_EVERY) {
            lastWarning = now;
            LOG.warnf("Rate-limit store failed (%s), requests pass unlimited; Redis is tried again after %d ms "
                    + "(acde_gateway_rate_limit_store_failures_total counts every request let through)",
                    failure, TimeUnit.NANOSECONDS.toMillis(backOffNanos));
        }
    }

    private static long micros(long nanos) {
        return (nanos + 999) / 1000;
    }

    private static boolean isNoScript(Throwable failure) {
        return failure.getMessage() != null && failure.getMessage().startsWith("NOSCRIPT");
    }

    private static Counter failures(MeterRegistry registry, String reason) {
        return Counter.builder("acde.gateway.rate.limit.store.failures")
                .description("Requests let through unlimited because the shared rate-limit store failed, timed out or was being left alone after that")
                .tag("reason", reason)
                .register(registry);
    }

    private static String script() {
        try (InputStream in = SharedBuckets.class.getResourceAsStream("/ratelimit/token-bucket.lua")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha1(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private record Empty(long nextToken, long full) {
    }
}
