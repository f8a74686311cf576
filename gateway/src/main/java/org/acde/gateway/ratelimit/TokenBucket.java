package org.acde.gateway.ratelimit;

/**
 * A token bucket as one number (the generic cell rate algorithm): the time, in microseconds, at which the bucket is
 * full again. A full bucket holds {@code limit} tokens and one token comes back every {@code interval} microseconds
 * (the window divided by the limit, rounded up), continuously. The in-memory buckets run this; {@code
 * token-bucket.lua} is the same arithmetic inside Redis, and {@code TokenBucketCasesTest} holds both to the same
 * cases.
 */
final class TokenBucket {

    private TokenBucket() {
    }

    /**
     * Takes one token.
     *
     * @param full when the bucket is full again ({@code now} or earlier for a full or unknown bucket)
     * @param now  the current time
     */
    static Take take(long full, long now, long limit, long interval) {
        long from = Math.max(full, now);
        long next = from + interval;
        if (next - now > limit * interval) {
            return new Take(false, 0, next - limit * interval - now, from - now, from);
        }
        return new Take(true, (limit * interval - (next - now)) / interval, 0, next - now, next);
    }

    /** Microseconds per token; window × limit must stay below 2^53 so Redis's Lua (doubles) computes exactly. */
    static long interval(long windowMicros, long limit) {
        if (limit <= 0 || windowMicros <= 0 || Math.multiplyHigh(windowMicros, limit) != 0 || windowMicros * limit >= 1L << 53) {
            throw new IllegalArgumentException("A rate-limit policy needs a positive limit and window, window (µs) × limit < 2^53");
        }
        return (windowMicros + limit - 1) / limit;
    }

    /**
     * What taking a token found.
     *
     * @param consumed      whether the request may pass
     * @param remaining     tokens left after this one
     * @param untilOne      microseconds until the next token (0 when one was taken)
     * @param untilFull     microseconds until the bucket is full again
     * @param full          the bucket's new state: when it is full again
     */
    record Take(boolean consumed, long remaining, long untilOne, long untilFull, long full) {
    }
}
