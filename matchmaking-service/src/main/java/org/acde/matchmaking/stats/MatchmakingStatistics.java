package org.acde.matchmaking.stats;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
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

import org.acde.contracts.matchmaking.MatchmakingStats;
import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.contracts.matchmaking.PartyPairCount;
import org.acde.contracts.matchmaking.SizeBand;
import org.acde.contracts.reference.Coded;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.stats.CountBy;
import org.acde.kernel.i18n.RequestLanguage;

/**
 * Anonymous counts only: no name, contact or id leaves here. An agreement is an interest that reached
 * AGREEMENT_SIGNED; its two organisations are its participants. With a party, only agreements in which an
 * organisation of that party took part, and only that party's participants for the kinds, the size bands and the MSME
 * share (of the enterprises among them), and that party's organisations among those registered. With an
 * initiative, only what concerns the opportunities linked to it.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class MatchmakingStatistics {

    /**
     * Parameter 2, the initiative as text: {@code null} binds as text, where a null UUID would not bind as a uuid.
     */
    private static final String OF_INITIATIVE = "(CAST(?2 AS text) IS NULL OR o.initiative_id = CAST(?2 AS uuid))";
    private static final String INTERESTS = """
            FROM interest i JOIN opportunity o ON o.id = i.opportunity_id
            JOIN organisation a ON a.id = i.opportunity_enterprise_id JOIN organisation b ON b.id = i.enterprise_id
            WHERE (CAST(?1 AS text) IS NULL OR a.party = ?1 OR b.party = ?1) AND """ + OF_INITIATIVE;
    private static final String SIGNED = INTERESTS + " AND i.status = 'AGREEMENT_SIGNED'";

    private final EntityManager em;
    private final Clock clock;

    MatchmakingStatistics(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    public MatchmakingStats stats(Party party, UUID initiativeId) {
        Scope scope = new Scope(party == null ? null : party.name(), initiativeId == null ? null : initiativeId.toString());
        long open = number(scope.bind(em.createNativeQuery("SELECT count(*) FROM opportunity o WHERE o.status = 'PUBLISHED'"
                + " AND o.expires_on >= ?3 AND (CAST(?1 AS text) IS NULL OR o.party = ?1) AND " + OF_INITIATIVE))
                .setParameter(3, LocalDate.now(clock.withZone(ZoneOffset.UTC))).getSingleResult());
        long interests = number(scope.bind(em.createNativeQuery("SELECT count(*) " + INTERESTS)).getSingleResult());
        long signed = number(scope.bind(em.createNativeQuery("SELECT count(*) " + SIGNED)).getSingleResult());

        List<PartyPairCount> pairs = new ArrayList<>();
        for (Object row : scope.bind(em.createNativeQuery("SELECT least(a.party, b.party), greatest(a.party, b.party), count(*) " + SIGNED
                + " GROUP BY 1, 2 ORDER BY 1, 2")).getResultList()) {
            Object[] columns = (Object[]) row;
            pairs.add(new PartyPairCount(Party.valueOf((String) columns[0]), Party.valueOf((String) columns[1]), number(columns[2])));
        }
        Map<String, Long> measures = grouped("SELECT o.measure, count(*) " + SIGNED + " GROUP BY 1", scope);
        // Participants: the organisations on either side of a signed agreement, each counted once; with a party, that
        // party's. Only enterprises have a size band.
        String participants = "SELECT p.%s, count(*) FROM (SELECT a.id, a.size_band, a.kind, a.party " + SIGNED
                + " UNION SELECT b.id, b.size_band, b.kind, b.party " + SIGNED + ") p WHERE CAST(?1 AS text) IS NULL OR p.party = ?1 GROUP BY 1";
        Map<String, Long> bands = grouped(participants.formatted("size_band"), scope);
        Map<String, Long> kinds = grouped(participants.formatted("kind"), scope);
        long enterprises = Arrays.stream(SizeBand.values()).mapToLong(band -> bands.getOrDefault(band.name(), 0L)).sum();
        long msme = Arrays.stream(SizeBand.values()).filter(SizeBand::isMsme).mapToLong(band -> bands.getOrDefault(band.name(), 0L)).sum();
        // Registered: with an initiative, the organisations behind its opportunities.
        Map<String, Long> registered = grouped("SELECT g.kind, count(*) FROM organisation g WHERE (CAST(?1 AS text) IS NULL OR g.party = ?1)"
                + " AND (CAST(?2 AS text) IS NULL OR EXISTS (SELECT 1 FROM opportunity o WHERE o.enterprise_id = g.id AND "
                + OF_INITIATIVE + ")) GROUP BY 1", scope);
        return new MatchmakingStats(party, initiativeId, open, interests, signed, pairs, all(Measure.values(), measures),
                all(SizeBand.values(), bands), enterprises == 0 ? 0 : (double) msme / enterprises,
                all(OrganisationKind.values(), registered), all(OrganisationKind.values(), kinds));
    }

    /** What the figures are about: a party's code and an initiative's id, each {@code null} for all. */
    private record Scope(String party, String initiative) {

        Query bind(Query query) {
            return query.setParameter(1, party).setParameter(2, initiative);
        }
    }

    private Map<String, Long> grouped(String sql, Scope scope) {
        Map<String, Long> counts = new HashMap<>();
        for (Object row : scope.bind(em.createNativeQuery(sql)).getResultList()) {
            Object[] columns = (Object[]) row;
            counts.put((String) columns[0], number(columns[1]));
        }
        return counts;
    }

    /** Every value with its count, zero included, labelled in the request's language. */
    public static <C extends Enum<C> & Coded> List<CountBy> all(C[] values, Map<String, Long> counts) {
        return Arrays.stream(values).map(value -> new CountBy(value.code(), value.label(RequestLanguage.current()), counts.getOrDefault(value.name(), 0L))).toList();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
