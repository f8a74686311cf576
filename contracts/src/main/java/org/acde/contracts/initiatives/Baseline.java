package org.acde.contracts.initiatives;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Where an indicator stood before the initiative. */
@Schema(description = "An indicator's starting point")
public record Baseline(@DecimalMin("0") @DecimalMax("1000000000000") BigDecimal value, @Size(max = 2000) String text,
        @NotNull LocalDate date) {
}
