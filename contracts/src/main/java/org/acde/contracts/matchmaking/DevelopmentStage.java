package org.acde.contracts.matchmaking;

/** How far the technology or business offered or sought has come. */
public enum DevelopmentStage {
    CONCEPT, LAB_TESTED, PROTOTYPE, PILOT, MARKET_READY, ON_THE_MARKET
}
