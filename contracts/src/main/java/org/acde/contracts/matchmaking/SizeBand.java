package org.acde.contracts.matchmaking;

import org.acde.contracts.reference.Coded;

/**
 * An enterprise's size. ASEAN has no common definition: each party derives the band from employees and turnover by
 * its own rules, so an enterprise states the band together with the figures and the definition it was derived by.
 */
public enum SizeBand implements Coded {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    @Override
    public String code() {
        return name();
    }

    /** Micro, small and medium enterprises. */
    public boolean isMsme() {
        return this != LARGE;
    }
}
