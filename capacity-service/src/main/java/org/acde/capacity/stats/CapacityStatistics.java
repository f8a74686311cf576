package org.acde.capacity.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.capacity.Audience;
import org.acde.contracts.capacity.CapacityStats;
import org.acde.contracts.capacity.ParticipationCount;
import org.acde.contracts.i18n.RequestLanguage;
import org.acde.contracts.reference.Coded;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.Sex;

/**
 * Anonymous counts only: no name, email or id leaves here. A participant is an enrolment that held a seat and took
 * part (CONFIRMED, COMPLETED or FAILED; NO_SHOW and WITHDRAWN did not take part); a completion is COMPLETED. The
 * completion rate looks only at cohorts that have ended, where every participant had the chance to complete.
 * Participants who gave no sex count as UNDISCLOSED.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CapacityStatistics {

    private static final String PARTICIPANTS = """
            FROM enrolment e JOIN cohort c ON c.id = e.cohort_id JOIN program p ON p.id = e.program_id %s
            WHERE e.status IN ('CONFIRMED', 'COMPLETED', 'FAILED') AND (CAST(?1 AS text) IS NULL OR e.party = ?1)""";
    private static final String COUNTS = "count(*), count(*) FILTER (WHERE e.status = 'COMPLETED')";

    private final EntityManager em;
    private final Clock clock;

    CapacityStatistics(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public CapacityStats stats(Party party) {
        String code = party == null ? null : party.name();
        long programs = ((Number) em.createNativeQuery("SELECT count(*) FROM program WHERE status = 'PUBLISHED'"
                + " AND (CAST(?1 AS text) IS NULL OR provider_party = ?1)").setParameter(1, code).getSingleResult()).longValue();
        Object[] totals = (Object[]) query("SELECT " + COUNTS + ", count(*) FILTER (WHERE c.end_date < ?2),"
                + " count(*) FILTER (WHERE c.end_date < ?2 AND e.status = 'COMPLETED') " + PARTICIPANTS.formatted(""), code)
                .setParameter(2, LocalDate.now(clock)).getSingleResult();
        long ended = number(totals[2]);
        double completionRate = ended == 0 ? 0 : (double) number(totals[3]) / ended;
        return new CapacityStats(party, programs, number(totals[0]), number(totals[1]), completionRate,
                all(Party.values(), grouped("e.party", "", code)),
                all(Audience.values(), grouped("a.audience", "JOIN program_audience a ON a.program_id = p.id", code)),
                all(Sex.values(), grouped("coalesce(e.sex, 'UNDISCLOSED')", "", code)),
                all(Measure.values(), grouped("p.measure", "", code)),
                years(code));
    }

    /** Participants and completions per value of {@code key}; a participant counts once per audience of its program. */
    private Map<String, long[]> grouped(String key, String join, String party) {
        Map<String, long[]> counts = new HashMap<>();
        for (Object row : query("SELECT " + key + ", " + COUNTS + " " + PARTICIPANTS.formatted(join) + " GROUP BY 1", party)
                .getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], new long[] { number(columns[1]), number(columns[2]) });
        }
        return counts;
    }

    private List<ParticipationCount> years(String party) {
        List<ParticipationCount> years = new ArrayList<>();
        for (Object row : query("SELECT CAST(extract(year FROM c.start_date) AS integer), " + COUNTS + " " + PARTICIPANTS.formatted("")
                + " GROUP BY 1 ORDER BY 1", party).getResultList()) {
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

    private Query query(String sql, String party) {
        return em.createNativeQuery(sql).setParameter(1, party);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
