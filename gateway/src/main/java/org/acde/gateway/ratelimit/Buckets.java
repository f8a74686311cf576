package org.acde.gateway.ratelimit;

import java.time.Duration;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.client.RedisClientName;
import io.vertx.core.Future;
import io.vertx.redis.client.Redis;

/**
 * Where the token buckets live: in Redis when {@code acde.gateway.rate-limit.redis-url} is set (the Redis client
 * {@code rate-limit}), so every gateway replica draws from the same bucket, otherwise in this replica's memory.
 * Either way a bucket is forgotten once it would be full again, so idle callers cost nothing.
 */
@Singleton
public class Buckets {

    private static final Logger LOG = Logger.getLogger(Buckets.class);

    private final SharedBuckets shared;
    private final LocalBuckets local;

    Buckets(RateLimitConfig config, @RedisClientName("rate-limit") Instance<Redis> redis, MeterRegistry registry) {
        Duration longest = config.policies().values().stream().map(RateLimitConfig.Policy::window)
                .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
        if (config.redisUrl().isPresent()) {
            shared = new SharedBuckets(redis.get(), config.redisTimeout(), config.redisBackOff(), config.maxLocalBuckets(),
                    longest, registry);
            local = null;
            LOG.infof("Rate-limit buckets are shared in Redis");
        } else {
            shared = null;
            local = new LocalBuckets(config.maxLocalBuckets(), longest);
            LOG.infof("Rate-limit buckets are kept in memory (set acde.gateway.rate-limit.redis-url to share them)");
        }
    }

    /** Takes one token from the bucket; a failed future means the shared store did not answer. */
    Future<TokenBucket.Take> take(String key, long limit, long interval) {
        return local != null ? Future.succeededFuture(local.take(key, limit, interval)) : shared.take(key, limit, interval);
    }
}
