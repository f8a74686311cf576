package org.acde.contracts.initiatives;

/** The dimensions initiative statistics can be grouped by. */
public enum InitiativeGrouping {
    measure,
    party,
    status,
    year
}
