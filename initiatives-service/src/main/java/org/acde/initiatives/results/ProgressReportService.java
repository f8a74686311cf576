package org.acde.initiatives.results;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.initiatives.IndicatorActual;
import org.acde.contracts.initiatives.PartyValue;
import org.acde.contracts.initiatives.Periods;
import org.acde.contracts.initiatives.ProgressReportInput;
import org.acde.contracts.initiatives.ProgressReportView;
import org.acde.contracts.initiatives.SexValue;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.initiatives.initiative.Initiative;
import org.acde.initiatives.initiative.InitiativeAccess;
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
                new Keyset.Filter("e.initiativeId = :initiative", Map.of("initiative", initiativeId)),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return rows.map(ProgressReportService::toView);
    }

    public Created<ProgressReportView> submit(UUID initiativeId, ProgressReportInput input) {
        Party party = reportingParty(input);
        Initiative initiative = access.reportable(initiativeId, party);
        checkActuals(initiative, input.actualsOrEmpty());
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
        report.period = input.period();
        report.party = party;
        report.narrative = input.narrative().strip();
        report.actuals = new ArrayList<>(input.actualsOrEmpty());
        report.submittedBy = caller.name();
        report.submittedAt = timestamps.now();
        reports.persist(report);
        String path = "/api/v1/initiatives/" + initiativeId + "/progress-reports/" + report.id;
        ProgressReportView view = toView(report);
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
        return new Versioned<>(toView(report), 0);
    }

    /** An agency reports for its own party; the secretariat names the party it reports for. */
    private Party reportingParty(ProgressReportInput input) {
        if (caller.isSecretariat()) {
            if (input.party() == null) {
                throw ProblemException.badField("party", "required when the secretariat submits a report");
            }
            return input.party();
        }
        Party own = caller.requireParty();
        if (input.party() != null && input.party() != own) {
            throw ProblemException.forbidden("An agency reports for its own party (" + own + ") only");
        }
        return own;
    }

    private void checkActuals(Initiative initiative, List<IndicatorActual> actuals) {
        List<FieldError> errors = new ArrayList<>();
        Map<UUID, Indicator> known = new java.util.HashMap<>();
        indicators.list("initiativeId", initiative.id).forEach(indicator -> known.put(indicator.id, indicator));
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < actuals.size(); i++) {
            IndicatorActual actual = actuals.get(i);
            String field = "actuals[" + i + "]";
            Indicator indicator = known.get(actual.indicatorId());
            if (indicator == null) {
                throw ProblemException.invalidField(field + ".indicatorId", "not an indicator of this initiative");
            }
            if (!seen.add(actual.indicatorId())) {
                errors.add(new FieldError(field + ".indicatorId", "reported twice in this report"));
            }
            Measurements.check(indicator.unit, actual.value(), actual.text(), field, errors);
            unique(actual.byPartyOrEmpty(), PartyValue::party, field + ".byParty", errors);
            unique(actual.bySexOrEmpty(), SexValue::sex, field + ".bySex", errors);
            for (int j = 0; j < actual.byPartyOrEmpty().size(); j++) {
                Party party = actual.byPartyOrEmpty().get(j).party();
                if (!initiative.participatingParties.contains(party)) {
                    errors.add(new FieldError(field + ".byParty[" + j + "].party", party + " does not take part in this initiative"));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static <T> void unique(List<T> values, Function<T, Object> key, String field, List<FieldError> errors) {
        Set<Object> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            if (!seen.add(key.apply(values.get(i)))) {
                errors.add(new FieldError(field + "[" + i + "]", key.apply(values.get(i)) + " is listed twice"));
            }
        }
    }

    private static ProgressReportView toView(ProgressReport r) {
        return new ProgressReportView(r.id, r.initiativeId, r.period, r.party, r.narrative, List.copyOf(r.actuals),
                r.submittedBy, r.submittedAt);
    }
}
