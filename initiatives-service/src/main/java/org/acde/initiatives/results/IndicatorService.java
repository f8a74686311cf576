package org.acde.initiatives.results;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.http.ETags;
import org.acde.contracts.initiatives.IndicatorInput;
import org.acde.contracts.initiatives.IndicatorView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.initiatives.initiative.Initiative;
import org.acde.initiatives.initiative.InitiativeAccess;
import org.acde.initiatives.initiative.InitiativeFilters;
import org.acde.initiatives.initiative.InitiativeOutbox;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.persistence.Keyset;

/** The indicators of an initiative's results framework, shown with the actuals reported against them. */
@ApplicationScoped
@Transactional
public class IndicatorService {

    private static final Keyset<Indicator> KEYSET = Keyset.of(Indicator.class)
            .field("createdAt", "createdAt", Instant::parse, i -> i.createdAt)
            .id("id", UUID::fromString, i -> i.id)
            .defaultSort("createdAt")
            .build();

    private final IndicatorRepository indicators;
    private final ProgressReportRepository reports;
    private final InitiativeAccess access;
    private final InitiativeOutbox events;
    private final CursorCodec cursors;
    private final Timestamps timestamps;

    IndicatorService(IndicatorRepository indicators, ProgressReportRepository reports, InitiativeAccess access,
            InitiativeOutbox events, CursorCodec cursors, Timestamps timestamps) {
        this.indicators = indicators;
        this.reports = reports;
        this.access = access;
        this.events = events;
        this.cursors = cursors;
        this.timestamps = timestamps;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<IndicatorView> list(UUID initiativeId, PageParams page) {
        access.visible(initiativeId);
        Page<Indicator> rows = KEYSET.page(indicators.getEntityManager(), cursors,
                InitiativeFilters.under(initiativeId),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        List<ProgressReport> reported = reports.ofInitiative(initiativeId);
        return rows.map(i -> IndicatorMapper.toView(i, reported));
    }

    /**
     * The indicators of several initiatives with their actuals, oldest first, in two queries (the IATI export's
     * slices). The caller has already checked that it may see these initiatives.
     */
    @Transactional(TxType.SUPPORTS)
    public Map<UUID, List<IndicatorView>> ofInitiatives(Collection<UUID> initiativeIds) {
        if (initiativeIds.isEmpty()) {
            return Map.of();
        }
        Map<UUID, List<ProgressReport>> reported = reports.ofInitiatives(initiativeIds).stream()
                .collect(Collectors.groupingBy(r -> r.initiativeId));
        Map<UUID, List<IndicatorView>> views = new HashMap<>();
        for (Indicator indicator : indicators.ofInitiatives(initiativeIds)) {
            views.computeIfAbsent(indicator.initiativeId, id -> new ArrayList<>())
                    .add(IndicatorMapper.toView(indicator, reported.getOrDefault(indicator.initiativeId, List.of())));
        }
        return views;
    }

    public Created<IndicatorView> create(UUID initiativeId, IndicatorInput input) {
        Initiative initiative = access.managed(initiativeId);
        IndicatorRules.check(input);
        Indicator indicator = new Indicator();
        indicator.id = UUID.randomUUID();
        indicator.initiativeId = initiativeId;
        indicator.createdAt = timestamps.now();
        IndicatorMapper.apply(input, indicator);
        indicators.persist(indicator);
        IndicatorView view = IndicatorMapper.toView(indicator, List.of());
        events.record(initiative, "indicator", "created", indicator.id, path(indicator), view);
        return Created.of(URI.create(path(indicator)), indicator, view);
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<IndicatorView> get(UUID initiativeId, UUID id) {
        access.visible(initiativeId);
        Indicator indicator = find(initiativeId, id);
        return Versioned.of(IndicatorMapper.toView(indicator, reports.ofInitiative(initiativeId)), indicator);
    }

    public Versioned<IndicatorView> update(UUID initiativeId, UUID id, String ifMatch, IndicatorInput input) {
        Initiative initiative = access.managed(initiativeId);
        Indicator indicator = find(initiativeId, id);
        ETags.requireMatch(ifMatch, indicator.version);
        IndicatorRules.check(input);
        List<ProgressReport> reported = reports.ofInitiative(initiativeId);
        if (input.unit() != indicator.unit && !IndicatorMapper.actuals(indicator.id, reported).isEmpty()) {
            throw ProblemException.invalidField("unit", "actuals were reported in " + indicator.unit + "; the unit cannot change");
        }
        IndicatorView before = IndicatorMapper.toView(indicator, reported);
        IndicatorMapper.apply(input, indicator);
        IndicatorView view = IndicatorMapper.toView(indicator, reported);
        if (!view.equals(before)) {
            events.record(initiative, "indicator", "updated", indicator.id, path(indicator), view);
        }
        return Versioned.of(view, indicator);
    }

    public void delete(UUID initiativeId, UUID id, String ifMatch) {
        Initiative initiative = access.managed(initiativeId);
        Indicator indicator = find(initiativeId, id);
        ETags.requireMatch(ifMatch, indicator.version);
        if (!IndicatorMapper.actuals(indicator.id, reports.ofInitiative(initiativeId)).isEmpty()) {
            throw ProblemException.conflict("Actuals were reported against this indicator; it stays in the record");
        }
        indicators.delete(indicator);
        events.record(initiative, "indicator", "deleted", indicator.id, path(indicator),
                new InitiativeOutbox.Deleted(indicator.id, initiativeId));
        // Written now, so a delete that lost a race answers 412 here rather than failing at commit.
        indicators.flush();
    }

    /**
     * Records that a progress report of {@code initiative}, already written, measured these indicators: each one's
     * view now carries the report's actual.
     */
    void measured(Initiative initiative, List<UUID> indicatorIds) {
        List<ProgressReport> reported = reports.ofInitiative(initiative.id);
        for (UUID id : indicatorIds) {
            Indicator indicator = find(initiative.id, id);
            events.record(initiative, "indicator", "measured", indicator.id, path(indicator), IndicatorMapper.toView(indicator, reported));
        }
    }

    private static String path(Indicator indicator) {
        return "/api/v1/initiatives/" + indicator.initiativeId + "/indicators/" + indicator.id;
    }

    private Indicator find(UUID initiativeId, UUID id) {
        return indicators.findIn(initiativeId, id).orElseThrow(() -> ProblemException.notFound("Indicator", id));
    }
}
