package org.acde.matchmaking.need;

import static org.acde.matchmaking.stats.MatchmakingStatistics.all;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.needs.NeedKind;
import org.acde.contracts.needs.NeedStats;
import org.acde.contracts.needs.NeedStatus;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;

/**
 * Public counts of needs, every group listed (zero included) in code order. Withdrawn needs count in {@code posted}
 * and {@code byStatus} only: they are no longer needs of anyone's.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class NeedStatistics {

    private static final String SCOPE = " FROM need WHERE (CAST(?1 AS text) IS NULL OR party = ?1)";
    private static final String LIVE = SCOPE + " AND status <> 'WITHDRAWN'";

    private final EntityManager em;

    NeedStatistics(EntityManager em) {
        this.em = em;
    }

    public NeedStats stats(Party party) {
        String code = party == null ? null : party.name();
        Map<String, Long> statuses = grouped("SELECT status, count(*)" + SCOPE + " GROUP BY 1", code);
        long posted = statuses.values().stream().mapToLong(Long::longValue).sum();
        long live = posted - statuses.getOrDefault(NeedStatus.WITHDRAWN.name(), 0L);
        long met = statuses.getOrDefault(NeedStatus.MET.name(), 0L);
        return new NeedStats(party, posted,
                all(Party.values(), grouped("SELECT party, count(*)" + LIVE + " GROUP BY 1", code)),
                all(Measure.values(), grouped("SELECT measure, count(*)" + LIVE + " GROUP BY 1", code)),
                all(NeedStatus.values(), statuses),
                all(NeedKind.values(), grouped("SELECT kind, count(*)" + LIVE + " GROUP BY 1", code)),
                live == 0 ? 0 : (double) met / live);
    }

    private Map<String, Long> grouped(String sql, String party) {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, party).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], ((Number) columns[1]).longValue());
        }
        return counts;
    }
}
