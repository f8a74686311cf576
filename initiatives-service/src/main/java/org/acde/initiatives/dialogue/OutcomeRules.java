package org.acde.initiatives.dialogue;

import org.acde.contracts.dialogues.OutcomeInput;
import org.acde.contracts.dialogues.OutcomeKind;
import org.acde.contracts.problem.ProblemException;

/** Rules across an outcome's fields, checked before anything is written: a TASKED outcome says what was tasked. */
final class OutcomeRules {

    private OutcomeRules() {
    }

    static void check(OutcomeInput input) {
        if (input.kind() == OutcomeKind.TASKED && DialogueMapper.note(input) == null) {
            throw ProblemException.badField("note", "required when the outcome is TASKED: say what the dialogue tasked");
        }
    }
}
