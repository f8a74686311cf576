package org.acde.contracts.capacity;

import org.acde.contracts.reference.Coded;

/** Who a program is for. */
public enum Audience implements Coded {
    MANAGERS("Managers"),
    TECHNICIANS("Technicians"),
    MSME_OWNERS("MSME owners"),
    OFFICIALS("Government officials"),
    STUDENTS("Students"),
    EDUCATORS("Educators"),
    PUBLIC("General public");

    private final String label;

    Audience(String label) {
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
