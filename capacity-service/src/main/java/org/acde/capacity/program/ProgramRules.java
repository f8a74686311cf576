package org.acde.capacity.program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.acde.contracts.capacity.ProgramInput;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;

/** Rules across a program's fields, checked before anything is written: 400 listing every field. */
final class ProgramRules {

    private ProgramRules() {
    }

    static void check(ProgramInput input) {
        List<FieldError> errors = new ArrayList<>();
        duplicates(input.topics().stream().map(Enum::name).toList(), "topics", errors);
        duplicates(input.audiences().stream().map(Enum::name).toList(), "audiences", errors);
        duplicates(input.languages().stream().map(tag -> tag.toLowerCase(Locale.ROOT)).toList(), "languages", errors);
        if (input.answersNeeds() != null) {
            duplicates(input.answersNeeds().stream().map(UUID::toString).toList(), "answersNeeds", errors);
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static void duplicates(List<String> values, String field, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", values.get(i) + " is listed twice"));
            }
        }
    }
}
