package org.acde.initiatives.results;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.initiatives.IndicatorActual;
import org.acde.contracts.initiatives.Periods;
import org.acde.contracts.initiatives.ProgressReportInput;
import org.acde.contracts.initiatives.ProgressReportView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.initiatives.initiative.Initiative;
import org.acde.initiatives.initiative.InitiativeAccess;
import org.acde.initiatives.initiative.InitiativeFilters;
import org.acde.initiatives.initiative.InitiativeOutbox;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.persistence.Keyset;

/** Progress reports: one per participating party and period, with actuals for the initiative's own indicators. */
@ApplicationScoped
@Transactional
public class ProgressReportService {

    private static final Keyset<ProgressReport> KEYSET = Keyset.of(ProgressReport.class)
            .field("period", "period", value -> value, r -> r.period)
            .id("id", UUID::fromString, r -> r.id)
            .defaultSort("period")
            .build();

    private final ProgressReportRepository reports;
    private final IndicatorRepository indicators;
    private final IndicatorService indicatorViews;
    private final InitiativeAccess access;
    private final InitiativeOutbox events;
    private final CursorCodec cursors;
    private final Caller caller;
    private final Clock clock;
    private final Timestamps timestamps;

    ProgressReportService(ProgressReportRepository reports, IndicatorRepository indicators,
            IndicatorService indicatorViews, InitiativeAccess access, InitiativeOutbox events, CursorCodec cursors,
            Caller caller, Clock clock, Timestamps timestamps) {
        this.reports = reports;
        this.indicators = indicators;
        this.indicatorViews = indicatorViews;
        this.access = access;
        this.events = events;
        this.cursors = cursors;
        this.caller = caller;
        this.clock = clock;
        this.timestamps = timestamps;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<ProgressReportView> list(UUID initiativeId, PageParams page) {
        access.visible(initiativeId);
        Page<ProgressReport> rows = KEYSET.page(reports.getEntityManager(), cursors,
                InitiativeFilters.under(initiativeId),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return rows.map(ProgressReportMapper::toView);
    }

    public Created<ProgressReportView> submit(UUID initiativeId, ProgressReportInput input) {
        Party party = access.reportingFor(input.party());
        Initiative initiative = access.reportable(initiativeId, party);
        Map<UUID, Indicator> known = new HashMap<>();
        indicators.ofInitiative(initiative.id).forEach(indicator -> known.put(indicator.id, indicator));
        ProgressReportRules.check(input, initiative, known);
        LocalDate start = Periods.start(input.period());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        if (start.isAfter(today)) {
            throw ProblemException.invalidField("period", "starts on " + start + "; a report is for a period that has started"
                    + " (today is " + today + ", UTC)");
        }
        if (reports.exists(initiativeId, input.period(), party)) {
            throw ProblemException.conflict(party + " has already reported for " + input.period()
                    + "; a submitted report is part of the record and is not replaced");
        }
        ProgressReport report = new ProgressReport();
        report.id = UUID.randomUUID();
        report.initiativeId = initiativeId;
        ProgressReportMapper.apply(input, report);
        report.party = party;
        report.submittedBy = caller.name();
        report.submittedAt = timestamps.now();
        reports.persist(report);
        String path = "/api/v1/initiatives/" + initiativeId + "/progress-reports/" + report.id;
        ProgressReportView view = ProgressReportMapper.toView(report);
        events.record(initiative, "progress-report", "submitted", report.id, path, view);
        indicatorViews.measured(initiative, report.actuals.stream().map(IndicatorActual::indicatorId).toList());
        // Written now, so a concurrent report for the same period answers 409 here rather than failing at commit.
        reports.flush();
        return new Created<>(URI.create(path), 0, view);
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<ProgressReportView> get(UUID initiativeId, UUID id) {
        access.visible(initiativeId);
        ProgressReport report = reports.findIn(initiativeId, id)
                .orElseThrow(() -> ProblemException.notFound("Progress report", id));
        return new Versioned<>(ProgressReportMapper.toView(report), 0);
    }
}
