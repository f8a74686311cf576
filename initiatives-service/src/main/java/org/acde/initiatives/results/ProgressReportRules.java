package org.acde.initiatives.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.acde.contracts.initiatives.IndicatorActual;
import org.acde.contracts.initiatives.PartyValue;
import org.acde.contracts.initiatives.ProgressReportInput;
import org.acde.contracts.initiatives.SexValue;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.initiatives.initiative.Initiative;

/**
 * Rules across a report's actuals, checked before anything is written: each measures one of the initiative's
 * {@code indicators} (else 422) once, in its unit, broken down by its participating parties (400 listing every field).
 */
final class ProgressReportRules {

    private ProgressReportRules() {
    }

    static void check(ProgressReportInput input, Initiative initiative, Map<UUID, Indicator> indicators) {
        List<IndicatorActual> actuals = input.actualsOrEmpty();
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < actuals.size(); i++) {
            IndicatorActual actual = actuals.get(i);
            String field = "actuals[" + i + "]";
            Indicator indicator = indicators.get(actual.indicatorId());
            if (indicator == null) {
                throw ProblemException.invalidField(field + ".indicatorId", "not an indicator of this initiative");
            }
            if (!seen.add(actual.indicatorId())) {
                errors.add(new FieldError(field + ".indicatorId", "reported twice in this report"));
            }
            Measurements.check(indicator.unit, actual.value(), actual.text(), field, errors);
            unique(actual.byPartyOrEmpty(), PartyValue::party, field + ".byParty", errors);
            unique(actual.bySexOrEmpty(), SexValue::sex, field + ".bySex", errors);
            for (int j = 0; j < actual.byPartyOrEmpty().size(); j++) {
                Party party = actual.byPartyOrEmpty().get(j).party();
                if (!initiative.participatingParties.contains(party)) {
                    errors.add(new FieldError(field + ".byParty[" + j + "].party", party + " does not take part in this initiative"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static <T> void unique(List<T> values, Function<T, Object> key, String field, List<FieldError> errors) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(key.apply(values.get(i)))) {
                errors.add(new FieldError(field + "[" + i + "]", key.apply(values.get(i)) + " is listed twice"));
            }
        }
    }
}
