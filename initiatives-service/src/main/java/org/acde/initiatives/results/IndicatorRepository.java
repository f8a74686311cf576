package org.acde.initiatives.results;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, UUID> {

    Optional<Indicator> findIn(UUID initiativeId, UUID id) {
        return find("id = ?1 and initiativeId = ?2", id, initiativeId).firstResultOptional();
    }

    List<Indicator> ofInitiative(UUID initiativeId) {
        return list("initiativeId", initiativeId);
    }

    /** The indicators of several initiatives, each one's oldest first. */
    List<Indicator> ofInitiatives(Collection<UUID> initiativeIds) {
        return list("initiativeId in ?1 order by initiativeId, createdAt, id", initiativeIds);
    }
}
