package org.acde.contracts.initiatives;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A submitted progress report")
public record ProgressReportView(UUID id, UUID initiativeId, String period, Party party, String narrative,
        List<IndicatorActual> actuals, String submittedBy, Instant submittedAt) {
}
