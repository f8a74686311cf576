package org.acde.initiatives.dialogue;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.platform.events.Audience;
import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/** The events of dialogues, recorded in the transaction of each change: dialogues are public, so for anyone. */
@ApplicationScoped
public class DialogueEvents {

    private final Outbox outbox;

    DialogueEvents(Outbox outbox) {
        this.outbox = outbox;
    }

    /** Records {@code org.acde.initiatives.dialogue.<happened>} with the dialogue as a GET answers it. */
    void record(Dialogue dialogue, String happened) {
        outbox.record(new DomainEvent("org.acde.initiatives.dialogue." + happened, "dialogue", dialogue.id.toString(),
                DialogueService.path(dialogue.id), dialogue.participatingParties, Audience.anyone(),
                DialogueMapper.toView(dialogue)));
    }
}
