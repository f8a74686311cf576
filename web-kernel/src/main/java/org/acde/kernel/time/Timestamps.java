package org.acde.kernel.time;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.inject.Singleton;

/**
 * "Now" as a row stores it: the {@link Clock}'s instant truncated to microseconds, PostgreSQL's precision, so the
 * timestamp a write answers with is the one a later read returns.
 */
@Singleton
public class Timestamps {

    private final Clock clock;

    Timestamps(Clock clock) {
        this.clock = clock;
    }

    public Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
