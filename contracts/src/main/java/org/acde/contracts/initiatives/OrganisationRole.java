package org.acde.contracts.initiatives;

/** The IATI organisation roles: who funds, who is accountable, who extends funds, who implements. */
public enum OrganisationRole {
    FUNDING,
    ACCOUNTABLE,
    EXTENDING,
    IMPLEMENTING
}
