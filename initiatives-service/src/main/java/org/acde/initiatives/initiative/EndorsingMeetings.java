package org.acde.initiatives.initiative;

import java.util.UUID;

/**
 * What an endorsement needs from the dialogues that may name it: implemented by the dialogue feature, which depends on
 * initiatives, so this package does not depend back on it.
 */
public interface EndorsingMeetings {

    /** Fails with a 422 naming {@code dialogueId} unless that dialogue records an ENDORSED outcome for the initiative. */
    void requireEndorsement(UUID dialogueId, UUID initiativeId);
}
