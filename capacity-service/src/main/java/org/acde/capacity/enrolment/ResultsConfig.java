package org.acde.capacity.enrolment;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** When a cohort's results may be recorded. */
@ConfigMapping(prefix = "acde.capacity")
public interface ResultsConfig {

    /**
     * How long before the start of a cohort's last day (in the cohort's time zone) its results may be recorded; 0: from
     * the last day on.
     */
    @WithDefault("0d")
    Duration resultsOpenBeforeEnd();
}
