package org.acde.contracts.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.acde.contracts.reference.Party;
import org.junit.jupiter.api.Test;

class StrictParamConvertersTest {

    private final StrictParamConverters converters = new StrictParamConverters();

    /** The gateway's overview once lost a section to an NPE here: its first parallel calls got null annotations. */
    @Test
    void convertsForARestClientThatPassesNoAnnotations() {
        assertThat(converters.getConverter(Party.class, Party.class, null).toString(Party.VN)).isEqualTo("VN");
        assertThat(converters.getConverter(LocalDate.class, LocalDate.class, null).toString(LocalDate.of(2026, 1, 31)))
                .isEqualTo("2026-01-31");
    }
}
