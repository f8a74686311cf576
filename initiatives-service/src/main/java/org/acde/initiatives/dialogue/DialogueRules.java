package org.acde.initiatives.dialogue;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.acde.contracts.dialogues.DialogueInput;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;

/** Rules across a dialogue's fields, checked before anything is written: 400 listing every field. */
final class DialogueRules {

    /** Longer is not a meeting but a programme of them: record each. */
    static final int MAX_DAYS = 31;

    private DialogueRules() {
    }

    static void check(DialogueInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.endDate() != null && input.endDate().isBefore(input.startDate())) {
            errors.add(new FieldError("endDate", "is before startDate"));
        } else if (input.endDate() != null && ChronoUnit.DAYS.between(input.startDate(), input.endDate()) >= MAX_DAYS) {
            errors.add(new FieldError("endDate", "a dialogue lasts at most " + MAX_DAYS + " days"));
        }
        if (input.place() != null && input.place().isBlank()) {
            errors.add(new FieldError("place", "must not be blank; leave it out for a meeting held only online"));
        } else if (input.place() == null && !input.isOnline()) {
            errors.add(new FieldError("place", "give where the dialogue is held, or online: true, or both"));
        }
        if (!input.participatingParties().contains(input.hostParty())) {
            errors.add(new FieldError("hostParty", "the host must be among participatingParties"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
