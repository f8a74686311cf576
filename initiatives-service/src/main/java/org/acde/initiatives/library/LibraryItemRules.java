package org.acde.initiatives.library;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.library.LibraryItemInput;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.initiatives.initiative.InitiativeAccess;
import org.acde.initiatives.initiative.InitiativeRules;

/** The rules that span fields of a library item, checked before anything is written. */
final class LibraryItemRules {

    private LibraryItemRules() {
    }

    /** 400 listing every field whose values do not fit together. */
    static void check(LibraryItemInput input) {
        List<FieldError> errors = new ArrayList<>();
        InitiativeRules.subAreas(input.measure(), input.subAreasOrEmpty(), errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** 422 naming the first related initiative that does not exist or that the caller cannot see. */
    static void checkRelated(LibraryItemInput input, InitiativeAccess initiatives) {
        List<UUID> related = input.relatedInitiativesOrEmpty();
        for (int i = 0; i < related.size(); i++) {
            if (initiatives.findVisible(related.get(i)).isEmpty()) {
                throw ProblemException.invalidField("relatedInitiatives[" + i + "]",
                        "no initiative " + related.get(i) + " that you can see");
            }
        }
    }
}
