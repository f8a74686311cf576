package org.acde.initiatives.initiative;

import java.util.ArrayList;
import java.util.List;

import org.acde.contracts.initiatives.InitiativeInput;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.SubArea;

/** The rules that span fields of an initiative, checked before anything is written: 400 listing every field. */
public final class InitiativeRules {

    private InitiativeRules() {
    }

    static void check(InitiativeInput input) {
        List<FieldError> errors = new ArrayList<>();
        subAreas(input.measure(), input.subAreasOrEmpty(), errors);
        List<Party> parties = input.participatingParties();
        if (!parties.contains(input.leadParty())) {
            errors.add(new FieldError("leadParty", "the lead party must be among participatingParties"));
        }
        if (input.plannedStart() != null && input.plannedEnd() != null && input.plannedEnd().isBefore(input.plannedStart())) {
            errors.add(new FieldError("plannedEnd", "must not be before plannedStart"));
        }
        if (input.budget() != null && input.budget().revised() != null && input.budget().original() != null
                && !input.budget().revised().currency().equals(input.budget().original().currency())) {
            errors.add(new FieldError("budget.revised.currency", "must be the currency of the original budget"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Each sub-area under {@code measure} (field {@code subAreas}); also for other features' inputs. */
    public static void subAreas(Measure measure, List<SubArea> subAreas, List<FieldError> errors) {
        for (int i = 0; i < subAreas.size(); i++) {
            if (subAreas.get(i).measure() != measure) {
                errors.add(new FieldError("subAreas[" + i + "]", subAreas.get(i) + " is not a sub-area of measure "
                        + measure + "; see /api/v1/reference/measures"));
            }
        }
    }
}
