package org.acde.kernel.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;

import org.acde.contracts.reference.Party;
import org.acde.kernel.problem.InvalidParameterException;
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

    @Test
    void aUuidMustHaveItsCanonicalForm() {
        ParamConverter<UUID> uuids = converters.getConverter(UUID.class, UUID.class, new Annotation[] { query("initiativeId") });
        assertThat(uuids.fromString("6F1C1D2E-0000-4000-8000-000000000001")).isEqualTo(UUID.fromString("6f1c1d2e-0000-4000-8000-000000000001"));
        for (String malformed : new String[] { "1-2-3-4-5", "6f1c1d2e-0000-4000-8000-0000000000012", "6f1c1d2e00004000800000000000000001", "" }) {
            assertThatThrownBy(() -> uuids.fromString(malformed)).as(malformed).isInstanceOf(InvalidParameterException.class);
        }
    }

    private static QueryParam query(String name) {
        return new QueryParam() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return QueryParam.class;
            }

            @Override
            public String value() {
                return name;
            }
        };
    }
}
