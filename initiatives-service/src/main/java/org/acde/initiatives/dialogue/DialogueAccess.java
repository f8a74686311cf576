package org.acde.initiatives.dialogue;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.initiatives.initiative.InitiativeAccess;
import org.acde.kernel.security.Caller;

/**
 * Loads a dialogue or an outcome for what the caller wants to do with it. Dialogues are public; an outcome is seen by
 * whoever may see its initiative (404 for anyone else), as {@link OutcomeFilters} lists them; a dialogue and its
 * outcomes are written by the host party's agency or the secretariat (403 for anyone else).
 */
@ApplicationScoped
public class DialogueAccess {

    private final DialogueRepository dialogues;
    private final OutcomeRepository outcomes;
    private final InitiativeAccess initiatives;
    private final Caller caller;

    DialogueAccess(DialogueRepository dialogues, OutcomeRepository outcomes, InitiativeAccess initiatives, Caller caller) {
        this.dialogues = dialogues;
        this.outcomes = outcomes;
        this.initiatives = initiatives;
        this.caller = caller;
    }

    public Dialogue found(UUID id) {
        return find(id).orElseThrow(() -> ProblemException.notFound("Dialogue", id));
    }

    Optional<Dialogue> find(UUID id) {
        return dialogues.findByIdOptional(id);
    }

    /** An outcome of the dialogue, for reading: one about an initiative the caller may see. */
    Outcome visibleOutcome(UUID dialogueId, UUID id) {
        found(dialogueId);
        return outcomes.findIn(dialogueId, id).filter(outcome -> initiatives.findVisible(outcome.initiativeId).isPresent())
                .orElseThrow(() -> ProblemException.notFound("Outcome", id));
    }

    /** For recording a dialogue: the secretariat, or an agency of the party that hosts it (403 for anyone else). */
    void hosting(Party hostParty) {
        if (!caller.isSecretariatOrAgencyOf(hostParty)) {
            throw ProblemException.forbidden("An agency records dialogues that its own party hosts");
        }
    }

    /** For a change of {@code dialogue} that names {@code hostParty}: only the secretariat hands it to another host. */
    void handing(Dialogue dialogue, Party hostParty) {
        if (dialogue.hostParty != hostParty && !caller.isSecretariat()) {
            throw ProblemException.invalidField("hostParty", "only the secretariat hands a dialogue to another host");
        }
    }

    /** For changing the dialogue or recording its outcomes: the secretariat or an agency of the host party. */
    public Dialogue hosted(UUID id) {
        Dialogue dialogue = found(id);
        if (!caller.isSecretariatOrAgencyOf(dialogue.hostParty)) {
            throw ProblemException.forbidden("Only the secretariat or an agency of the host party (" + dialogue.hostParty
                    + ") writes this dialogue and its outcomes");
        }
        return dialogue;
    }
}
