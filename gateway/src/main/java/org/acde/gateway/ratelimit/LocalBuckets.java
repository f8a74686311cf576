package org.acde.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Buckets of one replica, in a bounded Caffeine cache. A bucket left alone for its longest window has refilled
 * completely, so forgetting it then changes nothing.
 */
final class LocalBuckets {

    private final Cache<String, AtomicLong> buckets;

    LocalBuckets(long maxBuckets, Duration longestWindow) {
        buckets = Caffeine.newBuilder().maximumSize(maxBuckets).expireAfterAccess(longestWindow).build();
    }

    TokenBucket.Take take(String key, long limit, long interval) {
        AtomicLong full = buckets.get(key, ignored -> new AtomicLong(Long.MIN_VALUE));
        while (true) {
            long now = System.nanoTime() / 1000;
            long seen = full.get();
            TokenBucket.Take take = TokenBucket.take(seen, now, limit, interval);
            // A refusal changes nothing; a take must not overwrite a concurrent one.
            if (!take.consumed() || full.compareAndSet(seen, take.full())) {
                return take;
            }
        }
    }
}
