package org.acde.matchmaking.interest;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.acde.contracts.matchmaking.InterestTransition;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;

/** Rules across the fields of a move to AGREEMENT_SIGNED, checked before anything is written: 400 listing every field. */
final class InterestRules {

    private InterestRules() {
    }

    static void check(InterestTransition request, Interest interest, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        if (request.agreementType() == null) {
            errors.add(new FieldError("agreementType", "required for AGREEMENT_SIGNED"));
        }
        LocalDate accepted = interest.acceptedAt.atZone(ZoneOffset.UTC).toLocalDate();
        if (request.agreementDate() == null) {
            errors.add(new FieldError("agreementDate", "required for AGREEMENT_SIGNED"));
        } else if (request.agreementDate().isAfter(today) || request.agreementDate().isBefore(accepted)) {
            errors.add(new FieldError("agreementDate", "between the acceptance (" + accepted + ") and today (" + today + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
