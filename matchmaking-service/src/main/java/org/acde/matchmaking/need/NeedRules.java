package org.acde.matchmaking.need;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.acde.contracts.needs.NeedInput;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.SubArea;
import org.acde.matchmaking.codes.Duplicates;

/** Rules across a need's fields, checked before anything is written: 400 listing every field. */
final class NeedRules {

    private NeedRules() {
    }

    static void check(NeedInput input, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (input.subAreas() != null) {
            Duplicates.check(input.subAreas().stream().map(Enum::name).toList(), "subAreas", errors);
            for (int i = 0; i < input.subAreas().size(); i++) {
                SubArea area = input.subAreas().get(i);
                if (area.measure() != input.measure()) {
                    errors.add(new FieldError("subAreas[" + i + "]", area + " belongs to measure " + area.measure() + ", not " + input.measure()));
                }
            }
        }
        Duplicates.check(input.audiences().stream().map(Enum::name).toList(), "audiences", errors);
        if (input.technologies() != null) {
            Duplicates.check(input.technologies().stream().map(Enum::name).toList(), "technologies", errors);
        }
        if (input.sectors() != null) {
            Duplicates.check(input.sectors().stream().map(Enum::name).toList(), "sectors", errors);
        }
        if (input.languages() != null) {
            Duplicates.check(input.languages().stream().map(tag -> tag.toLowerCase(Locale.ROOT)).toList(), "languages", errors);
        }
        if (input.endsOn().isBefore(input.startsOn())) {
            errors.add(new FieldError("endsOn", "must not be before startsOn (" + input.startsOn() + ")"));
        } else if (input.endsOn().isBefore(today)) {
            errors.add(new FieldError("endsOn", "must not be in the past (today is " + today + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
