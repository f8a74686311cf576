package org.acde.contracts.initiatives;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A progress report for one period and participating party (one per party and period). */
@Schema(examples = "{\"party\": \"VN\", \"period\": \"2026-H1\", \"narrative\": \"Both pilot ports are connected; the customs data exchange is in testing.\"}", description = "A progress report for a period")
public record ProgressReportInput(
        @Schema(description = "The party reported for: an agency's own party (may be omitted); required when the secretariat submits") Party party,
        @NotNull @Pattern(regexp = Periods.PATTERN, message = Periods.MESSAGE) @Schema(maxLength = 7, description = "A year, half, quarter or month that has started: its first day is today or earlier (UTC)", examples = "2026-H1") String period,
        @NotBlank @Size(max = 20000) String narrative,
        @Size(max = 100) List<@NotNull @Valid IndicatorActual> actuals) {

    public List<IndicatorActual> actualsOrEmpty() {
        return actuals == null ? List.of() : actuals;
    }
}
