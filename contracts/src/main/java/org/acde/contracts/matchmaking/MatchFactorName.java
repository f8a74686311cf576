package org.acde.contracts.matchmaking;

/**
 * The factors of a match score. MEASURE, TOPIC, AUDIENCE and TIMING are only used when capacity-service ranks
 * programs for a need: a program has no technologies or sectors, but a measure, topics, audiences and cohort dates.
 */
public enum MatchFactorName {
    TECHNOLOGY, SECTOR, TARGET_PARTY, CROSS_BORDER, MSME, LANGUAGE, FRESHNESS, MEASURE, TOPIC, AUDIENCE, TIMING
}
