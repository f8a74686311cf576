package org.acde.matchmaking.matching;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The matching engine's weights and constants; the weights need not add up to 1, they are normalised. */
@ConfigMapping(prefix = "acde.matching")
public interface MatchingConfig {

    Weights weights();

    /** The cross-border value of a pair of different ASEAN parties; an ASEAN–China pair is 1, a same-party pair 0. */
    @WithDefault("0.5")
    double intraAseanCrossBorder();

    /** Days after publication over which freshness falls linearly from 1 to 0. */
    @WithDefault("180")
    int freshnessDays();

    /** How often the index re-reads opportunities changed by other instances of the service. */
    @WithDefault("30s")
    Duration refreshEvery();

    interface Weights {
        @WithDefault("0.35")
        double technology();

        @WithDefault("0.15")
        double sector();

        @WithDefault("0.15")
        double targetParty();

        @WithDefault("0.10")
        double crossBorder();

        @WithDefault("0.10")
        double msme();

        @WithDefault("0.05")
        double language();

        @WithDefault("0.10")
        double freshness();
    }
}
