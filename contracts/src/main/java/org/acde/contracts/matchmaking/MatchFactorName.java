package org.acde.contracts.matchmaking;

/** The factors of a match score. */
public enum MatchFactorName {
    TECHNOLOGY, SECTOR, TARGET_PARTY, CROSS_BORDER, MSME, LANGUAGE, FRESHNESS
}
