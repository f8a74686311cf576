package org.acde.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.local.LocalBucketBuilder;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.AsyncProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;

/**
 * Where the token buckets live: in Redis when {@code acde.gateway.rate-limit.redis-url} is set, so every gateway
 * replica draws from the same bucket (Bucket4j's compare-and-swap over Lettuce), otherwise as Bucket4j's lock-free
 * local buckets in a bounded Caffeine cache. Either way a bucket is dropped once it would be full again, so idle
 * callers cost nothing.
 */
@Singleton
public class Buckets {

    private static final Logger LOG = Logger.getLogger(Buckets.class);
    private static final String KEY_PREFIX = "acde:gateway:rate-limit:";

    private final AsyncProxyManager<String> shared;
    private final Cache<String, Bucket> local;
    private final RedisClient redis;
    private final StatefulRedisConnection<String, byte[]> connection;

    Buckets(RateLimitConfig config) {
        ExpirationAfterWriteStrategy expiry = ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(5));
        if (config.redisUrl().isPresent()) {
            redis = RedisClient.create(config.redisUrl().get());
            redis.setOptions(ClientOptions.builder()
                    // A Redis outage must not queue requests: commands fail at once or after the timeout.
                    .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                    .timeoutOptions(TimeoutOptions.enabled(config.redisTimeout()))
                    .build());
            connection = redis.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
            shared = Bucket4jLettuce.casBasedBuilder(connection)
                    .expirationAfterWrite(expiry)
                    .requestTimeout(config.redisTimeout())
                    .build().asAsync();
            local = null;
            LOG.infof("Rate-limit buckets are shared in Redis");
        } else {
            redis = null;
            connection = null;
            shared = null;
            // A bucket left alone for its longest window has refilled completely: forgetting it changes nothing.
            Duration longest = config.policies().values().stream().map(RateLimitConfig.Policy::window)
                    .max(Duration::compareTo).orElse(Duration.ofMinutes(1));
            local = Caffeine.newBuilder().maximumSize(config.maxLocalBuckets()).expireAfterAccess(longest).build();
            LOG.infof("Rate-limit buckets are kept in memory (set acde.gateway.rate-limit.redis-url to share them)");
        }
    }

    /** Takes one token from the caller's bucket. */
    CompletableFuture<ConsumptionProbe> take(String caller, BucketConfiguration policy) {
        if (local != null) {
            Bucket bucket = local.get(caller, key -> {
                LocalBucketBuilder builder = Bucket.builder();
                for (Bandwidth limit : policy.getBandwidths()) {
                    builder.addLimit(limit);
                }
                return builder.build();
            });
            return CompletableFuture.completedFuture(bucket.tryConsumeAndReturnRemaining(1));
        }
        return shared.builder().build(KEY_PREFIX + caller, policy).tryConsumeAndReturnRemaining(1);
    }

    @PreDestroy
    void close() {
        if (connection != null) {
            connection.close();
            redis.shutdown();
        }
    }
}
