package org.acde.initiatives.results;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.acde.contracts.initiatives.IndicatorInput;
import org.acde.contracts.initiatives.PeriodValue;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;

/** Rules across an indicator's fields, checked before anything is written: 400 listing every field. */
final class IndicatorRules {

    private IndicatorRules() {
    }

    static void check(IndicatorInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.baseline() != null) {
            Measurements.check(input.unit(), input.baseline().value(), input.baseline().text(), "baseline", errors);
        }
        Set<String> periods = new HashSet<>();
        List<PeriodValue> targets = input.targetsOrEmpty();
        for (int i = 0; i < targets.size(); i++) {
            Measurements.check(input.unit(), targets.get(i).value(), targets.get(i).text(), "targets[" + i + "]", errors);
            if (!periods.add(targets.get(i).period())) {
                errors.add(new FieldError("targets[" + i + "].period", targets.get(i).period() + " has two targets"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
