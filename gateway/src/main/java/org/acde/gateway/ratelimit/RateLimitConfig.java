package org.acde.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Token-bucket limits per kind of caller, and where the buckets live. */
@ConfigMapping(prefix = "acde.gateway.rate-limit")
public interface RateLimitConfig {

    /**
     * Policies by name: {@code anonymous} (per IP), {@code secretariat}, {@code agency}, {@code partner} (by realm
     * role) and {@code client} (for tokens with none of those roles). A client's own token draws from the client's
     * bucket, a person's from their own under the client.
     */
    Map<String, Policy> policies();

    /** Redis shared by all gateway replicas, e.g. {@code redis://127.0.0.1:6379}; buckets stay in memory without it. */
    Optional<String> redisUrl();

    /** How long a Redis call may take before the request is let through unlimited (the limiter fails open). */
    @WithDefault("500ms")
    Duration redisTimeout();

    /** After a failed or timed-out Redis call, how long requests pass unlimited without asking Redis. */
    @WithDefault("1s")
    Duration redisBackOff();

    /**
     * In memory: how many callers' buckets are kept at most (least recently used ones are dropped first). In Redis:
     * how many buckets known to be empty are remembered, to refuse their callers without asking Redis.
     */
    @WithDefault("100000")
    long maxLocalBuckets();

    interface Policy {

        /** Requests allowed per window; also the burst a full bucket allows. */
        long limit();

        /** The window over which the bucket refills completely. */
        @WithDefault("1m")
        Duration window();
    }
}
