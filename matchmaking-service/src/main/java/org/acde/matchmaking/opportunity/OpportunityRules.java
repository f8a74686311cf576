package org.acde.matchmaking.opportunity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.acde.contracts.matchmaking.OpportunityInput;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.matchmaking.codes.Duplicates;

/** Rules across an opportunity's fields, checked before anything is written: 400 listing every field. */
final class OpportunityRules {

    /** How far ahead an opportunity may stay open. */
    static final int MAX_OPEN_DAYS = 730;

    private OpportunityRules() {
    }

    static void check(OpportunityInput input, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        Duplicates.check(input.technologies().stream().map(Enum::name).toList(), "technologies", errors);
        if (input.keywords() != null) {
            Duplicates.check(input.keywords().stream().map(keyword -> keyword.strip().toLowerCase(Locale.ROOT)).toList(), "keywords", errors);
        }
        Duplicates.check(input.sectors().stream().map(Enum::name).toList(), "sectors", errors);
        if (input.targetParties() != null) {
            Duplicates.check(input.targetParties().stream().map(Enum::name).toList(), "targetParties", errors);
        }
        Duplicates.check(input.partnershipTypes().stream().map(Enum::name).toList(), "partnershipTypes", errors);
        if (!input.expiresOn().isAfter(today)) {
            errors.add(new FieldError("expiresOn", "must be after today (" + today + ")"));
        } else if (input.expiresOn().isAfter(today.plusDays(MAX_OPEN_DAYS))) {
            errors.add(new FieldError("expiresOn", "at most " + MAX_OPEN_DAYS + " days ahead (" + today.plusDays(MAX_OPEN_DAYS) + ")"));
        }
        if (input.answersNeeds() != null && !input.answersNeeds().isEmpty() && !input.type().isOffer()) {
            errors.add(new FieldError("answersNeeds", "only offers answer needs; a " + input.type() + " does not"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
