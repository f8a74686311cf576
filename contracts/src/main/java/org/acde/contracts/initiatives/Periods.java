package org.acde.contracts.initiatives;

import java.time.LocalDate;

/** Reporting periods: a year, a half, a quarter or a month, e.g. {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}. */
public final class Periods {

    public static final String PATTERN = "^(19|20)\\d{2}(-(H[12]|Q[1-4]|(0[1-9]|1[0-2])))?$";
    public static final String MESSAGE = "a period like 2026, 2026-H1, 2026-Q3 or 2026-07";

    private Periods() {
    }

    /** The first day of a period that matches {@link #PATTERN}: 2026-H2, 2026-Q3 and 2026-07 all start on 1 July 2026. */
    public static LocalDate start(String period) {
        int year = Integer.parseInt(period.substring(0, 4));
        if (period.length() == 4) {
            return LocalDate.of(year, 1, 1);
        }
        String part = period.substring(5);
        int month = switch (part.charAt(0)) {
            case 'H' -> (part.charAt(1) - '1') * 6 + 1;
            case 'Q' -> (part.charAt(1) - '1') * 3 + 1;
            default -> Integer.parseInt(part);
        };
        return LocalDate.of(year, month, 1);
    }

    /** The last day of a period that matches {@link #PATTERN}: 2026 ends on 31 December, 2026-H1 on 30 June 2026. */
    public static LocalDate end(String period) {
        LocalDate start = start(period);
        if (period.length() == 4) {
            return start.plusYears(1).minusDays(1);
        }
        int months = switch (period.charAt(5)) {
            case 'H' -> 6;
            case 'Q' -> 3;
            default -> 1;
        };
        return start.plusMonths(months).minusDays(1);
    }
}
