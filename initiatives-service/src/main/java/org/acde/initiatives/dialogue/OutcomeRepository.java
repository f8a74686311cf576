package org.acde.initiatives.dialogue;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.dialogues.OutcomeKind;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class OutcomeRepository implements PanacheRepositoryBase<Outcome, UUID> {

    Optional<Outcome> findIn(UUID dialogueId, UUID id) {
        return find("id = ?1 and dialogueId = ?2", id, dialogueId).firstResultOptional();
    }

    boolean exists(UUID dialogueId, UUID initiativeId, OutcomeKind kind) {
        return count("dialogueId = ?1 and initiativeId = ?2 and kind = ?3", dialogueId, initiativeId, kind) > 0;
    }

    boolean anyIn(UUID dialogueId) {
        return count("dialogueId", dialogueId) > 0;
    }

    /** The outcomes of these dialogues about one initiative, in the order recorded. */
    List<Outcome> about(UUID initiativeId, Collection<UUID> dialogueIds) {
        return list("initiativeId = ?1 and dialogueId in ?2 order by recordedAt, id", initiativeId, dialogueIds);
    }
}
