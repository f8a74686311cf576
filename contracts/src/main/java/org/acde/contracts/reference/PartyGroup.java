package org.acde.contracts.reference;

/** Which side of the ASEAN–China statement a party signed on. */
public enum PartyGroup {
    ASEAN,
    CHINA
}
