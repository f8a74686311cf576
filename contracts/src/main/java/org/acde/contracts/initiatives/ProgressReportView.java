package org.acde.contracts.initiatives;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = { "id", "initiativeId", "period", "party", "narrative", "actuals", "submittedBy", "submittedAt" }, description = "A submitted progress report", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record ProgressReportView(UUID id, UUID initiativeId, String period, Party party, String narrative,
        List<IndicatorActual> actuals, String submittedBy, Instant submittedAt) {
}
