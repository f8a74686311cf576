package org.acde.contracts.initiatives;

/** How an indicator is measured: a count, a percentage, or in words. */
public enum IndicatorUnit {
    COUNT,
    PERCENT,
    QUALITATIVE
}
