package org.acde.capacity.enrolment;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.capacity.EnrolmentStatus;
import org.acde.contracts.reference.Party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

/** Queries on a cohort's enrolments; the seat queries are meant to run under the cohort's lock. */
@ApplicationScoped
public class EnrolmentRepository implements PanacheRepositoryBase<Enrolment, UUID> {

    /** Seats taken per bucket, e.g. {VN=4, OPEN=13}. */
    public Map<String, Long> seatsTaken(UUID cohortId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "SELECT seat, count(*) FROM enrolment WHERE cohort_id = ?1 AND seat IS NOT NULL GROUP BY seat")
                .setParameter(1, cohortId).getResultList();
        Map<String, Long> taken = new HashMap<>();
        rows.forEach(row -> taken.put((String) row[0], ((Number) row[1]).longValue()));
        return taken;
    }

    public long nextPosition(UUID cohortId) {
        return getEntityManager().createQuery("select coalesce(max(e.position), 0) + 1 from Enrolment e where e.cohortId = :cohort",
                Long.class).setParameter("cohort", cohortId).getSingleResult();
    }

    public boolean emailTaken(UUID cohortId, String email) {
        return count("cohortId = ?1 and lower(email) = lower(?2)", cohortId, email) > 0;
    }

    /** Which of {@code emails} (lower-case) are enrolled in the cohort already, lower-case. */
    public Set<String> emailsTaken(UUID cohortId, Collection<String> emails) {
        if (emails.isEmpty()) {
            return new HashSet<>();
        }
        return new HashSet<>(getEntityManager().createQuery(
                "select lower(e.email) from Enrolment e where e.cohortId = :cohort and lower(e.email) in :emails", String.class)
                .setParameter("cohort", cohortId).setParameter("emails", emails).getResultList());
    }

    /** The longest-waiting enrolment, of {@code party} when given, else of any party. */
    public Optional<Enrolment> firstWaitlisted(UUID cohortId, Party party) {
        return party == null
                ? find("cohortId = ?1 and status = ?2 order by position", cohortId, EnrolmentStatus.WAITLISTED).firstResultOptional()
                : find("cohortId = ?1 and status = ?2 and party = ?3 order by position", cohortId, EnrolmentStatus.WAITLISTED, party)
                        .firstResultOptional();
    }

    /** The earliest confirmed participant of {@code party} who holds a seat of {@code bucket}. */
    public Optional<Enrolment> firstConfirmedIn(UUID cohortId, Party party, String bucket) {
        return find("cohortId = ?1 and status = ?2 and party = ?3 and seat = ?4 order by position", cohortId,
                EnrolmentStatus.CONFIRMED, party, bucket).firstResultOptional();
    }
}
