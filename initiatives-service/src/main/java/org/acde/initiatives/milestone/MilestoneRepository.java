package org.acde.initiatives.milestone;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class MilestoneRepository implements PanacheRepositoryBase<Milestone, UUID> {

    Optional<Milestone> findIn(UUID initiativeId, UUID id) {
        return find("id = ?1 and initiativeId = ?2", id, initiativeId).firstResultOptional();
    }
}
