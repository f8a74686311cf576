package org.acde.initiatives.results;

import java.util.ArrayList;
import java.util.List;

import org.acde.contracts.initiatives.ProgressReportInput;
import org.acde.contracts.initiatives.ProgressReportView;

/** Between the progress report entity and its API representations. */
final class ProgressReportMapper {

    private ProgressReportMapper() {
    }

    static ProgressReportView toView(ProgressReport r) {
        return new ProgressReportView(r.id, r.initiativeId, r.period, r.party, r.narrative, List.copyOf(r.actuals),
                r.submittedBy, r.submittedAt);
    }

    /** Copies the client-writable fields but the party, which the service decides for the caller. */
    static void apply(ProgressReportInput input, ProgressReport report) {
        report.period = input.period();
        report.narrative = input.narrative().strip();
        report.actuals = new ArrayList<>(input.actualsOrEmpty());
    }
}
