package org.acde.initiatives.iati;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.initiatives.IndicatorView;
import org.acde.contracts.initiatives.InitiativeQuery;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.paging.Page;
import org.acde.initiatives.initiative.InitiativeService;
import org.acde.initiatives.results.IndicatorService;
import org.acde.platform.persistence.Keyset;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/** Reads what the IATI export writes: public initiatives slice by slice, or one initiative as its caller sees it. */
@ApplicationScoped
public class IatiExport {

    private final InitiativeService initiatives;
    private final IndicatorService indicators;
    private final EntityManager em;

    IatiExport(InitiativeService initiatives, IndicatorService indicators, EntityManager em) {
        this.initiatives = initiatives;
        this.indicators = indicators;
        this.em = em;
    }

    /** The filter of a whole export: the list's filters, and only public initiatives, whoever asks. */
    public Keyset.Filter filter(InitiativeQuery query) {
        return initiatives.publicFilter(query);
    }

    /**
     * The activities after {@code cursor} in creation order, each with its indicators, in one transaction (one
     * snapshot, and nothing kept in memory after it). Read-only: the commit then skips comparing every loaded row,
     * JSON columns and all, with a copy of itself.
     */
    @Transactional(TxType.REQUIRES_NEW)
    public Page<IatiActivity> slice(Keyset.Filter filter, String cursor, int size) {
        Session session = em.unwrap(Session.class);
        session.setDefaultReadOnly(true);
        session.setHibernateFlushMode(FlushMode.MANUAL);
        Page<InitiativeView> rows = initiatives.exportSlice(filter, cursor, size);
        Map<UUID, List<IndicatorView>> results = indicators.ofInitiatives(rows.items().stream().map(InitiativeView::id).toList());
        return rows.map(view -> new IatiActivity(view, results.getOrDefault(view.id(), List.of())));
    }

    /** One initiative, if the caller may read it (else 404, as the initiative itself). */
    @Transactional(TxType.SUPPORTS)
    public IatiActivity one(UUID id) {
        InitiativeView view = initiatives.get(id).body();
        return new IatiActivity(view, indicators.ofInitiatives(List.of(id)).getOrDefault(id, List.of()));
    }
}
