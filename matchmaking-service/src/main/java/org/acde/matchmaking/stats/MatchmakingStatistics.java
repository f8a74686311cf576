package org.acde.matchmaking.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.i18n.RequestLanguage;
import org.acde.contracts.matchmaking.MatchmakingStats;
import org.acde.contracts.matchmaking.PartyPairCount;
import org.acde.contracts.matchmaking.SizeBand;
import org.acde.contracts.reference.Coded;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.stats.CountBy;

/**
 * Anonymous counts only: no name, contact or id leaves here. An agreement is an interest that reached
 * AGREEMENT_SIGNED; its two enterprises are its participants. With a party, only agreements in which an enterprise
 * of that party took part, and only that party's participants for the size bands and the MSME share.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MatchmakingStatistics {

    private static final String SIGNED = """
            FROM interest i JOIN opportunity o ON o.id = i.opportunity_id
            JOIN enterprise a ON a.id = i.opportunity_enterprise_id JOIN enterprise b ON b.id = i.enterprise_id
            WHERE i.status = 'AGREEMENT_SIGNED' AND (CAST(?1 AS text) IS NULL OR a.party = ?1 OR b.party = ?1)""";

    private final EntityManager em;
    private final Clock clock;

    MatchmakingStatistics(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public MatchmakingStats stats(Party party) {
        String code = party == null ? null : party.name();
        long open = number(em.createNativeQuery("SELECT count(*) FROM opportunity WHERE status = 'PUBLISHED' AND expires_on >= ?2"
                + " AND (CAST(?1 AS text) IS NULL OR party = ?1)").setParameter(1, code)
                .setParameter(2, LocalDate.now(clock.withZone(ZoneOffset.UTC))).getSingleResult());
        long signed = number(em.createNativeQuery("SELECT count(*) " + SIGNED).setParameter(1, code).getSingleResult());

        List<PartyPairCount> pairs = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT least(a.party, b.party), greatest(a.party, b.party), count(*) " + SIGNED
                + " GROUP BY 1, 2 ORDER BY 1, 2").setParameter(1, code).getResultList()) {
            Object[] columns = (Object[]) row;
            pairs.add(new PartyPairCount(Party.valueOf((String) columns[0]), Party.valueOf((String) columns[1]), number(columns[2])));
        }
        Map<String, Long> measures = grouped("SELECT o.measure, count(*) " + SIGNED + " GROUP BY 1", code);
        // Participants: the enterprises on either side of a signed agreement, each counted once; with a party, that party's.
        String participants = "SELECT band, count(*) FROM (SELECT a.id, a.size_band AS band, a.party AS party " + SIGNED
                + " UNION SELECT b.id, b.size_band, b.party " + SIGNED + ") p WHERE CAST(?1 AS text) IS NULL OR p.party = ?1 GROUP BY 1";
        Map<String, Long> bands = grouped(participants, code);
        long all = bands.values().stream().mapToLong(Long::longValue).sum();
        long msme = Arrays.stream(SizeBand.values()).filter(SizeBand::isMsme).mapToLong(band -> bands.getOrDefault(band.name(), 0L)).sum();
        return new MatchmakingStats(party, open, signed, pairs, all(Measure.values(), measures), all(SizeBand.values(), bands),
                all == 0 ? 0 : (double) msme / all);
    }

    private Map<String, Long> grouped(String sql, String party) {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, party).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], number(columns[1]));
        }
        return counts;
    }

    private static <C extends Enum<C> & Coded> List<CountBy> all(C[] values, Map<String, Long> counts) {
        return Arrays.stream(values).map(value -> new CountBy(value.code(), value.label(RequestLanguage.current()), counts.getOrDefault(value.name(), 0L))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
