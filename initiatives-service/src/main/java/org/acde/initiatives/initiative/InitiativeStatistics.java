package org.acde.initiatives.initiative;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.i18n.Labels;
import org.acde.contracts.initiatives.InitiativeGrouping;
import org.acde.contracts.initiatives.InitiativeQuery;
import org.acde.contracts.initiatives.InitiativeStatus;
import org.acde.contracts.reference.Coded;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.acde.contracts.stats.CountBy;
import org.acde.contracts.stats.StatsView;
import org.acde.kernel.i18n.RequestLanguage;
import org.acde.kernel.security.Caller;
import org.acde.platform.persistence.Keyset;

/** Counts of the initiatives a caller can see, grouped by measure, participating party, status or start year. */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class InitiativeStatistics {

    private final InitiativeRepository initiatives;
    private final Caller caller;

    InitiativeStatistics(InitiativeRepository initiatives, Caller caller) {
        this.initiatives = initiatives;
        this.caller = caller;
    }

    public StatsView stats(InitiativeGrouping groupBy, InitiativeQuery query) {
        Keyset.Filter filter = InitiativeFilters.of(query, caller);
        Locale language = RequestLanguage.current();
        TypedQuery<Long> total = initiatives.getEntityManager()
                .createQuery("select count(e) from Initiative e where " + filter.condition(), Long.class);
        filter.params().forEach(total::setParameter);
        List<CountBy> groups = switch (groupBy) {
            case measure -> all(Measure.values(), grouped("e.measure", "Initiative e", filter), language);
            case status -> all(InitiativeStatus.values(), grouped("e.status", "Initiative e", filter), language);
            case party -> parties(filter, language);
            case year -> years(filter, language);
        };
        return new StatsView(groupBy.name(), total.getSingleResult(), groups);
    }

    private Map<Object, Long> grouped(String key, String from, Keyset.Filter filter) {
        Map<Object, Long> counts = new LinkedHashMap<>();
        for (Object[] row : count("select " + key + ", count(e) from " + from + " where " + filter.condition()
                + " group by " + key, filter)) {
            counts.put(row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    /** One pass: a conditional count per party over the party bits, instead of a join per initiative and party. */
    private List<CountBy> parties(Keyset.Filter filter, Locale language) {
        String counts = Arrays.stream(Party.values())
                .map(party -> "sum(case when function('initiative_includes', e.partyMask, " + PartyBits.bit(party)
                        + ") = true then 1 else 0 end)")
                .collect(Collectors.joining(", "));
        Object[] row = count("select " + counts + " from Initiative e where " + filter.condition(), filter).get(0);
        List<CountBy> groups = new ArrayList<>();
        for (Party party : Party.values()) {
            Object count = row[party.ordinal()];
            groups.add(new CountBy(party.code(), party.label(language), count == null ? 0 : ((Number) count).longValue()));
        }
        return groups;
    }

    private List<CountBy> years(Keyset.Filter filter, Locale language) {
        List<CountBy> groups = new ArrayList<>();
        for (Object[] row : count("select extract(year from coalesce(e.actualStart, e.plannedStart)), count(e)"
                + " from Initiative e where " + filter.condition() + " group by 1 order by 1 nulls last", filter)) {
            long count = ((Number) row[1]).longValue();
            groups.add(row[0] == null ? new CountBy("unscheduled", Labels.get("stats.unscheduled", language), count)
                    : new CountBy(row[0].toString(), row[0].toString(), count));
        }
        return groups;
    }

    private static <C extends Enum<C> & Coded> List<CountBy> all(C[] values, Map<Object, Long> counts, Locale language) {
        return Arrays.stream(values).map(value -> new CountBy(value.code(), value.label(language), counts.getOrDefault(value, 0L)))
                .toList();
    }

    private List<Object[]> count(String hql, Keyset.Filter filter) {
        TypedQuery<Object[]> query = initiatives.getEntityManager().createQuery(hql, Object[].class);
        filter.params().forEach(query::setParameter);
        return query.getResultList();
    }
}
