package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Coded;

/**
 * An enterprise's size. ASEAN has no common definition: each party derives the band from employees and turnover by
 * its own rules, so an enterprise states the band together with the figures and the definition it was derived by.
 */
public enum SizeBand implements Coded {
    MICRO("Micro enterprise"),
    SMALL("Small enterprise"),
    MEDIUM("Medium-sized enterprise"),
    LARGE("Large enterprise");

    private final String label;

    SizeBand(String label) {
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

    /** Micro, small and medium enterprises. */
    public boolean isMsme() {
        return this != LARGE;
    }
}
