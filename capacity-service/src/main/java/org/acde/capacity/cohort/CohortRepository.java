package org.acde.capacity.cohort;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CohortRepository implements PanacheRepositoryBase<Cohort, UUID> {

    /**
     * The cohort, locked ({@code SELECT ... FOR UPDATE}) until the transaction ends. Every change to a cohort's seats
     * takes this lock first, so seat decisions on one cohort happen one at a time. Refreshing under the lock reads the
     * latest committed row even when this transaction had loaded the cohort before.
     */
    public Optional<Cohort> lock(UUID id) {
        Cohort cohort = findById(id);
        if (cohort == null) {
            return Optional.empty();
        }
        getEntityManager().refresh(cohort, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(cohort);
    }

    /** Enrolments per status, e.g. {CONFIRMED=18, WAITLISTED=3}. */
    public Map<String, Long> enrolmentsByStatus(UUID cohortId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT status, count(*) FROM enrolment WHERE cohort_id = ?1 GROUP BY status")
                .setParameter(1, cohortId).getResultList();
        Map<String, Long> counts = new HashMap<>();
        rows.forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
