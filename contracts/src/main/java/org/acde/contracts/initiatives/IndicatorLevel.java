package org.acde.contracts.initiatives;

/** The level of the results chain an indicator measures. */
public enum IndicatorLevel {
    OUTPUT,
    OUTCOME,
    IMPACT
}
