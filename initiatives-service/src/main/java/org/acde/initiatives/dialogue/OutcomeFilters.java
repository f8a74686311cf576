package org.acde.initiatives.dialogue;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.acde.platform.persistence.Keyset;

/**
 * The outcomes of one dialogue that the caller may read, as one HQL condition on alias {@code e}: those about an
 * initiative it may see, the rule {@link DialogueAccess#visibleOutcome} applies to one (both through InitiativeAccess).
 */
final class OutcomeFilters {

    private OutcomeFilters() {
    }

    /** {@code visibleInitiative}: InitiativeAccess's visibility on the initiative alias {@code i}. */
    static Keyset.Filter of(UUID dialogueId, Keyset.Filter visibleInitiative) {
        Map<String, Object> params = new HashMap<>(visibleInitiative.params());
        params.put("dialogue", dialogueId);
        return new Keyset.Filter("e.dialogueId = :dialogue and exists (select 1 from Initiative i where i.id = e.initiativeId and "
                + visibleInitiative.condition() + ")", params);
    }

    /**
     * The dialogues with an outcome about the initiative, as one HQL condition on dialogue alias {@code e}: each is
     * public, and the service checks first that the caller may see the initiative.
     */
    static Keyset.Filter about(UUID initiativeId) {
        return new Keyset.Filter("exists (select 1 from Outcome o where o.dialogueId = e.id and o.initiativeId = :initiative)",
                Map.of("initiative", initiativeId));
    }
}
