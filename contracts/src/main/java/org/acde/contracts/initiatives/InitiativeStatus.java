package org.acde.contracts.initiatives;

import org.acde.contracts.reference.Coded;

/**
 * The lifecycle of an initiative: PROPOSED → ENDORSED → ACTIVE → FINALISING → CLOSED; ACTIVE ⇄ SUSPENDED;
 * PROPOSED, ENDORSED or SUSPENDED → CANCELLED.
 */
public enum InitiativeStatus implements Coded {
    PROPOSED("Proposed"),
    ENDORSED("Endorsed"),
    ACTIVE("Active"),
    SUSPENDED("Suspended"),
    FINALISING("Finalising"),
    CLOSED("Closed"),
    CANCELLED("Cancelled");

    private final String label;

    InitiativeStatus(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
