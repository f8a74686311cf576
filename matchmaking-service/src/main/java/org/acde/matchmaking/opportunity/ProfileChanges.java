package org.acde.matchmaking.opportunity;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Opportunities whose matching profile may have changed; the matching index re-reads them once the transaction commits. */
public record ProfileChanges(Collection<UUID> opportunityIds) {

    public static ProfileChanges of(UUID id) {
        return new ProfileChanges(List.of(id));
    }
}
