package org.acde.contracts.initiatives;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator with its targets and the actuals reported against it, per period. */
@Schema(requiredProperties = { "id", "initiativeId", "title", "level", "unit", "ascending", "targets", "actuals" }, description = "A results indicator with targets and reported actuals", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record IndicatorView(UUID id, UUID initiativeId, String title, String description, IndicatorLevel level,
        IndicatorUnit unit, Boolean ascending, Baseline baseline, List<PeriodValue> targets,
        @Schema(description = "Actuals from progress reports, oldest period first") List<ReportedActual> actuals) {

    /** One actual from one progress report. */
    @Schema(description = "An actual reported for a period by a party's agency")
    public record ReportedActual(String period, org.acde.contracts.reference.Party reportedBy, UUID reportId,
            java.math.BigDecimal value, String text, List<PartyValue> byParty, List<SexValue> bySex) {
    }
}
