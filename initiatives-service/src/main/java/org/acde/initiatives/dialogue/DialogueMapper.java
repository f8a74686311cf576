package org.acde.initiatives.dialogue;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.acde.contracts.dialogues.AgendaItem;
import org.acde.contracts.dialogues.DialogueInput;
import org.acde.contracts.dialogues.DialogueView;
import org.acde.contracts.dialogues.InitiativeDialogueView;
import org.acde.contracts.dialogues.OutcomeInput;
import org.acde.contracts.dialogues.OutcomeView;
import org.acde.contracts.reference.Party;

/** Between the dialogue and outcome entities and their API representations. */
final class DialogueMapper {

    private DialogueMapper() {
    }

    static DialogueView toView(Dialogue e) {
        return new DialogueView(e.id, e.kind, e.title, e.titleLanguage, e.startDate, e.endDate, e.place, e.online,
                e.hostParty, e.participatingParties.stream().sorted().toList(), List.copyOf(e.agenda), e.createdBy,
                e.createdAt, e.updatedBy, e.updatedAt);
    }

    static OutcomeView toView(Outcome e) {
        return new OutcomeView(e.id, e.dialogueId, e.initiativeId, e.initiativeCode, e.kind, e.note, e.recordedBy,
                e.recordedAt);
    }

    /** A dialogue with its outcomes about one initiative. */
    static InitiativeDialogueView toView(Dialogue d, List<OutcomeView> outcomes) {
        return new InitiativeDialogueView(d.id, d.kind, d.title, d.startDate, d.endDate, d.hostParty, outcomes);
    }

    /**
     * Copies every client-writable field; a meeting of one day ends on the day it starts. The parties and agenda are
     * replaced only when they differ, so a write that changes nothing leaves the version as it was.
     */
    static void apply(DialogueInput in, Dialogue e) {
        e.kind = in.kind();
        e.title = in.title().strip();
        e.titleLanguage = in.titleLanguage();
        e.startDate = in.startDate();
        e.endDate = in.endDate() == null ? in.startDate() : in.endDate();
        e.place = in.place() == null ? null : in.place().strip();
        e.online = in.isOnline();
        e.hostParty = in.hostParty();
        Set<Party> parties = EnumSet.copyOf(in.participatingParties());
        if (!e.participatingParties.equals(parties)) {
            e.participatingParties.clear();
            e.participatingParties.addAll(parties);
        }
        List<AgendaItem> agenda = in.agendaOrEmpty().stream()
                .map(item -> new AgendaItem(item.title().strip(), item.description())).toList();
        if (!e.agenda.equals(agenda)) {
            e.agenda = new ArrayList<>(agenda);
        }
    }

    /** Copies the outcome's own client-writable fields; the initiative it is about is the service's to check. */
    static void apply(OutcomeInput in, Outcome e) {
        e.kind = in.kind();
        e.note = note(in);
    }

    /** The note as kept: stripped, and none when blank. */
    static String note(OutcomeInput in) {
        return in.note() == null || in.note().isBlank() ? null : in.note().strip();
    }
}
