package org.acde.initiatives.results;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.initiatives.IndicatorActual;
import org.acde.contracts.initiatives.IndicatorInput;
import org.acde.contracts.initiatives.IndicatorView;

/** Between the indicator entity and its API representations; a view carries the actuals reported against it. */
final class IndicatorMapper {

    private IndicatorMapper() {
    }

    static IndicatorView toView(Indicator i, List<ProgressReport> reported) {
        return new IndicatorView(i.id, i.initiativeId, i.title, i.description, i.level, i.unit, i.ascending, i.baseline,
                List.copyOf(i.targets), actuals(i.id, reported));
    }

    /** Copies every client-writable field. */
    static void apply(IndicatorInput input, Indicator indicator) {
        indicator.title = input.title().strip();
        indicator.description = input.description();
        indicator.level = input.level();
        indicator.unit = input.unit();
        indicator.ascending = input.ascending();
        indicator.baseline = input.baseline();
        indicator.targets = new ArrayList<>(input.targetsOrEmpty());
    }

    /** The actuals of {@code reported} that measure the indicator, in the reports' order. */
    static List<IndicatorView.ReportedActual> actuals(UUID indicatorId, List<ProgressReport> reported) {
        List<IndicatorView.ReportedActual> actuals = new ArrayList<>();
        for (ProgressReport report : reported) {
            for (IndicatorActual actual : report.actuals) {
                if (actual.indicatorId().equals(indicatorId)) {
                    actuals.add(new IndicatorView.ReportedActual(report.period, report.party, report.id, actual.value(),
                            actual.text(), actual.byParty(), actual.bySex()));
                }
            }
        }
        return actuals;
    }
}
