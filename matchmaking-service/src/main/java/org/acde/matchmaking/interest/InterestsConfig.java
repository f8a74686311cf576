package org.acde.matchmaking.interest;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of expressions of interest. */
@ConfigMapping(prefix = "acde.interests")
public interface InterestsConfig {

    /** Days a SUBMITTED interest waits for a decision before it EXPIRES. */
    @WithDefault("30")
    int expiryDays();

    /** SUBMITTED interests one enterprise may have at a time. */
    @WithDefault("20")
    int maxPending();
}
