package org.acde.contracts.initiatives;

import org.acde.contracts.reference.Coded;

/**
 * The lifecycle of an initiative: PROPOSED → ENDORSED → ACTIVE → FINALISING → CLOSED; ACTIVE ⇄ SUSPENDED;
 * PROPOSED, ENDORSED or SUSPENDED → CANCELLED.
 */
public enum InitiativeStatus implements Coded {
    PROPOSED,
    ENDORSED,
    ACTIVE,
    SUSPENDED,
    FINALISING,
    CLOSED,
    CANCELLED;

    @Override
    public String code() {
        return name();
    }
}
