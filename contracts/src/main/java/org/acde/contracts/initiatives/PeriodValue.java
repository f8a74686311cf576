package org.acde.contracts.initiatives;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A value for a reporting period: a number for COUNT and PERCENT indicators, text for QUALITATIVE ones. */
@Schema(description = "A target or value for a reporting period")
public record PeriodValue(
        @NotNull @Pattern(regexp = Periods.PATTERN, message = Periods.MESSAGE) @Schema(maxLength = 7, examples = "2026-H1") String period,
        @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal value,
        @Size(max = 2000) String text) {
}
