package org.acde.contracts.reference;

/** A party's standing in ASEAN on a given date. */
public enum AseanStatus {
    MEMBER,
    OBSERVER
}
