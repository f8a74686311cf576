package org.acde.contracts.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class PeriodsTest {

    @Test
    void aPeriodStartsOnTheFirstDayOfItsFirstMonth() {
        assertThat(Periods.start("2026")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Periods.start("2026-H1")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Periods.start("2026-H2")).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Periods.start("2026-Q1")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Periods.start("2026-Q2")).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(Periods.start("2026-Q4")).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(Periods.start("2026-01")).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Periods.start("2026-12")).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void aPeriodEndsOnTheLastDayOfItsLastMonth() {
        assertThat(Periods.end("2026")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Periods.end("2026-H1")).isEqualTo(LocalDate.of(2026, 6, 30));
        assertThat(Periods.end("2026-H2")).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(Periods.end("2026-Q1")).isEqualTo(LocalDate.of(2026, 3, 31));
        assertThat(Periods.end("2028-02")).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(Periods.end("2026-12")).isEqualTo(LocalDate.of(2026, 12, 31));
    }
}
