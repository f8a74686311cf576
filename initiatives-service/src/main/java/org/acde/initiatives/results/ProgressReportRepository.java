package org.acde.initiatives.results;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.reference.Party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class ProgressReportRepository implements PanacheRepositoryBase<ProgressReport, UUID> {

    Optional<ProgressReport> findIn(UUID initiativeId, UUID id) {
        return find("id = ?1 and initiativeId = ?2", id, initiativeId).firstResultOptional();
    }

    List<ProgressReport> ofInitiative(UUID initiativeId) {
        return list("initiativeId = ?1 order by period, party", initiativeId);
    }

    /** The reports of several initiatives, each one's in the order of {@link #ofInitiative}. */
    List<ProgressReport> ofInitiatives(Collection<UUID> initiativeIds) {
        return list("initiativeId in ?1 order by initiativeId, period, party", initiativeIds);
    }

    boolean exists(UUID initiativeId, String period, Party party) {
        return count("initiativeId = ?1 and period = ?2 and party = ?3", initiativeId, period, party) > 0;
    }
}
