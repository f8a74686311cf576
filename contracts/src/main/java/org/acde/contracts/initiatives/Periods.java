package org.acde.contracts.initiatives;

/** Reporting periods: a year, a half, a quarter or a month, e.g. {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}. */
public final class Periods {

    public static final String PATTERN = "^(19|20)\\d{2}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$";
    public static final String MESSAGE = "a period like 2026, 2026-H1, 2026-Q3 or 2026-07";

    private Periods() {
    }
}
