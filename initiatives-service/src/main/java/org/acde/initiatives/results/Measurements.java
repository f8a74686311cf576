package org.acde.initiatives.results;

import java.math.BigDecimal;
import java.util.List;

import org.acde.contracts.initiatives.IndicatorUnit;
import org.acde.contracts.problem.FieldError;

/**
 * What a value must look like for an indicator's unit: COUNT and PERCENT take a number (a count is whole, a
 * percentage at most 100), QUALITATIVE takes text.
 */
final class Measurements {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private Measurements() {
    }

    static void check(IndicatorUnit unit, BigDecimal value, String text, String field, List<FieldError> errors) {
        if (unit == IndicatorUnit.QUALITATIVE) {
            if (text == null || text.isBlank()) {
                errors.add(new FieldError(field + ".text", "a QUALITATIVE indicator is measured in text"));
            }
            if (value != null) {
                errors.add(new FieldError(field + ".value", "a QUALITATIVE indicator has no number"));
            }
            return;
        }
        if (value == null) {
            errors.add(new FieldError(field + ".value", "a " + unit + " indicator needs a number"));
        } else if (unit == IndicatorUnit.COUNT && value.stripTrailingZeros().scale() > 0) {
            errors.add(new FieldError(field + ".value", "a COUNT is a whole number"));
        } else if (unit == IndicatorUnit.PERCENT && value.compareTo(HUNDRED) > 0) {
            errors.add(new FieldError(field + ".value", "a PERCENT is at most 100"));
        }
    }
}
