package org.acde.capacity.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.capacity.Audience;
import org.acde.contracts.capacity.CapacityStats;
import org.acde.contracts.capacity.ParticipationCount;
import org.acde.contracts.reference.Coded;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.Sex;
import org.acde.kernel.i18n.RequestLanguage;

/**
 * Anonymous counts only: no name, email or id leaves here. A participant is an enrolment that held a seat and took
 * part (CONFIRMED, COMPLETED or FAILED; NO_SHOW and WITHDRAWN did not take part); a completion is COMPLETED. The
 * completion rate looks only at cohorts that have ended, where every participant had the chance to complete.
 * Participants who gave no sex count as UNDISCLOSED. A certificate is issued on every completion, so completions by
 * party and by sex are the certificates issued by party and by sex.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CapacityStatistics {

    private static final String PARTICIPANTS = """
            FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN program p ON p.id = e.program_id %s
            WHERE e.status IN ('CONFIRMED', 'COMPLETED', 'FAILED') AND (CAST(?1 AS text) IS NULL OR e.party = ?1)
            AND %s""";
    /** Parameter 2, the initiative as text: {@code null} binds as text, where a null UUID would not bind as a uuid. */
    private static final String OF_INITIATIVE = "(CAST(?2 AS text) IS NULL OR p.initiative_id = CAST(?2 AS uuid))";
    private static final String COUNTS = "count(*), count(*) FILTER (WHERE e.status = 'COMPLETED')";

    private final EntityManager em;
    private final Clock clock;

    CapacityStatistics(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public CapacityStats stats(Party party, UUID initiativeId) {
        Scope scope = new Scope(party == null ? null : party.name(), initiativeId == null ? null : initiativeId.toString());
        long programs = number(scope.bind(em.createNativeQuery("SELECT count(*) FROM program p WHERE p.status = 'PUBLISHED'"
                + " AND (CAST(?1 AS text) IS NULL OR p.provider_party = ?1) AND " + OF_INITIATIVE)).getSingleResult());
        Object[] totals = (Object[]) query("SELECT " + COUNTS + ", count(*) FILTER (WHERE c.end_date < ?3),"
                + " count(*) FILTER (WHERE c.end_date < ?3 AND e.status = 'COMPLETED') " + participants(""), scope)
                .setParameter(3, LocalDate.now(clock)).getSingleResult();
        long ended = number(totals[2]);
        double completionRate = ended == 0 ? 0 : (double) number(totals[3]) / ended;
        Object[] certificates = (Object[]) scope.bind(em.createNativeQuery("SELECT count(*), count(ce.revoked_at) FROM certificate ce"
                + " JOIN enrolment e ON e.id = ce.enrolment_id JOIN program p ON p.id = ce.program_id"
                + " WHERE (CAST(?1 AS text) IS NULL OR e.party = ?1) AND " + OF_INITIATIVE)).getSingleResult();
        return new CapacityStats(party, initiativeId, programs, number(totals[0]), number(totals[1]), completionRate,
                number(certificates[0]), number(certificates[1]),
                all(Party.values(), grouped("e.party", "", scope)),
                all(Audience.values(), grouped("a.audience", "CROSS JOIN unnest(p.audiences) AS a (audience)", scope)),
                all(Sex.values(), grouped("coalesce(e.sex, 'UNDISCLOSED')", "", scope)),
                all(Measure.values(), grouped("p.measure", "", scope)),
                years(scope));
    }

    /** What the figures are about: a party's code and an initiative's id, each {@code null} for all. */
    private record Scope(String party, String initiative) {

        Query bind(Query query) {
            return query.setParameter(1, party).setParameter(2, initiative);
        }
    }

    private static String participants(String join) {
        return PARTICIPANTS.formatted(join, OF_INITIATIVE);
    }

    /** Participants and completions per value of {@code key}; a participant counts once per audience of its program. */
    private Map<String, long[]> grouped(String key, String join, Scope scope) {
        Map<String, long[]> counts = new HashMap<>();
        for (Object row : query("SELECT " + key + ", " + COUNTS + " " + participants(join) + " GROUP BY 1", scope)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], new long[] { number(columns[1]), number(columns[2]) });
        }
        return counts;
    }

    private List<ParticipationCount> years(Scope scope) {
        List<ParticipationCount> years = new ArrayList<>();
        for (Object row : query("SELECT CAST(extract(year FROM c.start_date) AS integer), " + COUNTS + " " + participants("")
                + " GROUP BY 1 ORDER BY 1", scope).getResultList()) {
            Object[] columns = (Object[]) row;
            String year = columns[0].toString();
            years.add(new ParticipationCount(year, year, number(columns[1]), number(columns[2])));
        }
        return years;
    }

    private static <C extends Enum<C> & Coded> List<ParticipationCount> all(C[] values, Map<String, long[]> counts) {
        return Arrays.stream(values).map(value -> {
            long[] count = counts.getOrDefault(value.name(), new long[2]);
            return new ParticipationCount(value.code(), value.label(RequestLanguage.current()), count[0], count[1]);
        }).toList();
    }

    private Query query(String sql, Scope scope) {
        return scope.bind(em.createNativeQuery(sql));
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
