package org.acde.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.vertx.redis.client.Command;
import io.vertx.redis.client.Response;

/**
 * The in-memory buckets ({@link TokenBucket}) and the shared ones ({@code token-bucket.lua}, run in the real Redis)
 * are one algorithm written twice: both must give the same answers to the same cases. A case is a bucket's state
 * (how far in the future it is full again) and what taking a token from it answers. Intervals of 15 minutes keep
 * the few milliseconds between setting a key and running the script in Redis from mattering.
 */
class TokenBucketCasesTest {

    private static final long LIMIT = 4;
    private static final long INTERVAL = 900_000_000L;
    private static final long SLACK = 60_000_000L;

    /** untilFull before the take (null: no bucket yet) -> consumed, remaining, untilOne, untilFull after. */
    record Case(Long fullIn, boolean consumed, long remaining, long untilOne, long untilFull) {
    }

    static final List<Case> CASES = List.of(
            new Case(null, true, 3, 0, INTERVAL),
            new Case(-INTERVAL, true, 3, 0, INTERVAL),
            new Case(INTERVAL * 3 / 2, true, 1, 0, INTERVAL * 5 / 2),
            new Case(INTERVAL * 3, true, 0, 0, INTERVAL * 4),
            new Case(INTERVAL * 7 / 2, false, 0, INTERVAL / 2, INTERVAL * 7 / 2));

    @Test
    void inMemory() {
        long now = 1_000_000_000_000L;
        for (Case c : CASES) {
            TokenBucket.Take take = TokenBucket.take(c.fullIn() == null ? Long.MIN_VALUE : now + c.fullIn(), now, LIMIT, INTERVAL);
            assertThat(take).as(c.toString()).isEqualTo(new TokenBucket.Take(c.consumed(), c.remaining(), c.untilOne(),
                    c.untilFull(), c.consumed() ? now + c.untilFull() : now + c.fullIn()));
        }
    }

    @Test
    void inRedis() throws IOException {
        String script;
        try (InputStream in = TokenBucket.class.getResourceAsStream("/ratelimit/token-bucket.lua")) {
            script = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Case c : CASES) {
            String key = "acde:gateway:rate-limit:test:" + UUID.randomUUID();
            if (c.fullIn() != null) {
                long now = LocalRedis.now();
                LocalRedis.send(Command.SET, key, Long.toString(now + c.fullIn()), "PX", "60000");
            }
            Response take = LocalRedis.send(Command.EVAL, script, "1", key, Long.toString(LIMIT), Long.toString(INTERVAL));
            assertThat(take.get(0).toLong() == 1).as(c.toString()).isEqualTo(c.consumed());
            assertThat(take.get(1).toLong()).as(c.toString()).isEqualTo(c.remaining());
            assertThat(take.get(2).toLong()).as(c.toString()).isCloseTo(c.untilOne(), within(SLACK));
            assertThat(take.get(3).toLong()).as(c.toString()).isCloseTo(c.untilFull(), within(SLACK));
            if (c.consumed()) {
                // The key lives exactly until the bucket is full again.
                assertThat(LocalRedis.send(Command.PTTL, key).toLong() * 1000).as(c.toString()).isCloseTo(c.untilFull(), within(SLACK));
            }
            LocalRedis.send(Command.DEL, key);
        }
    }

    @Test
    void theIntervalIsTheWindowPerTokenRoundedUp() {
        assertThat(TokenBucket.interval(60_000_000, 3)).isEqualTo(20_000_000);
        assertThat(TokenBucket.interval(60_000_000, 7)).isEqualTo(8_571_429);
    }
}
