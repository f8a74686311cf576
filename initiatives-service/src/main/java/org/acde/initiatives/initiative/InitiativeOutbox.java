package org.acde.initiatives.initiative;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/**
 * Records, in the change's transaction, the events of an initiative and of what hangs under it (milestones,
 * indicators, progress reports): each concerns the initiative's participating parties and is read by whoever may read
 * the initiative ({@link InitiativeAccess#readers}), as it stands after the change.
 */
@ApplicationScoped
public class InitiativeOutbox {

    private final Outbox outbox;
    private final InitiativeAccess access;

    InitiativeOutbox(Outbox outbox, InitiativeAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    /** What a deletion event carries: ids only. */
    public record Deleted(UUID id, UUID initiativeId) {
    }

    /**
     * Records {@code org.acde.initiatives.<resource>.<happened>} about the resource {@code id} of {@code initiative}.
     *
     * @param path the resource's path through the gateway, e.g. {@code /api/v1/initiatives/<id>/milestones/<id>}
     * @param data what a GET of the resource answers now, or its {@link Deleted} ids
     */
    public void record(Initiative initiative, String resource, String happened, UUID id, String path, Object data) {
        outbox.record(new DomainEvent("org.acde.initiatives." + resource + "." + happened, resource, id.toString(), path,
                initiative.participatingParties, access.readers(initiative), data));
    }
}
