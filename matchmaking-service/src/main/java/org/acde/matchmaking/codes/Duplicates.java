package org.acde.matchmaking.codes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.acde.contracts.problem.FieldError;

/** Lists in requests are lists, not sets: a value given twice is refused, naming its position. */
public final class Duplicates {

    private Duplicates() {
    }

    public static void check(List<String> values, String field, List<FieldError> errors) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(values.get(i))) {
                errors.add(new FieldError(field + "[" + i + "]", values.get(i) + " is listed twice"));
            }
        }
    }
}
