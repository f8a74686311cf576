package org.acde.initiatives.milestone;

import org.acde.contracts.initiatives.MilestoneInput;
import org.acde.contracts.initiatives.MilestoneStatus;
import org.acde.contracts.problem.ProblemException;

/** Rules across a milestone's fields, checked before anything is written: a completion date goes with DONE. */
final class MilestoneRules {

    private MilestoneRules() {
    }

    static void check(MilestoneInput input) {
        if (input.status() == MilestoneStatus.DONE && input.completedOn() == null) {
            throw ProblemException.badField("completedOn", "required when the milestone is DONE");
        }
        if (input.status() != MilestoneStatus.DONE && input.completedOn() != null) {
            throw ProblemException.badField("completedOn", "only a DONE milestone has a completion date");
        }
    }
}
