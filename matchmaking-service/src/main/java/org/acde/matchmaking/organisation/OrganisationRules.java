package org.acde.matchmaking.organisation;

import java.util.ArrayList;
import java.util.List;

import org.acde.contracts.matchmaking.OrganisationInput;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;

/** Rules across an organisation's fields, checked before anything is written: 400 listing every field. */
final class OrganisationRules {

    private OrganisationRules() {
    }

    static void check(OrganisationInput input) {
        List<FieldError> errors = new ArrayList<>();
        if (input.registrationId() != null && !input.registrationId().startsWith(input.party().name() + "-")) {
            errors.add(new FieldError("registrationId", "a registration of " + input.party() + " starts with " + input.party() + "-"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
