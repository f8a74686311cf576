package org.acde.events.webhooks.delivery;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When to try a failed delivery again: exponential backoff with full jitter (a uniform wait up to
 * {@code initial × 2^(attempts-1)}, capped), so receivers that failed together are not retried together. A receiver's
 * {@code Retry-After} is honoured up to the cap.
 */
record Backoff(Duration initial, Duration max) {

    Duration after(int attempts, Optional<Duration> retryAfter) {
        long ceiling = initial.toMillis() << Math.min(attempts - 1, 30);
        ceiling = Math.min(Math.max(ceiling, 0), max.toMillis());
        long wait = ThreadLocalRandom.current().nextLong(ceiling + 1);
        long asked = retryAfter.map(Duration::toMillis).orElse(0L);
        return Duration.ofMillis(Math.max(wait, Math.min(asked, max.toMillis())));
    }
}
