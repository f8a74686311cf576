package org.acde.contracts.initiatives;

/** Where a milestone stands. */
public enum MilestoneStatus {
    PLANNED,
    DONE,
    MISSED
}
