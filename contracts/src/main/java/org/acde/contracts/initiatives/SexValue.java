package org.acde.contracts.initiatives;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.acde.contracts.reference.Sex;

/** Part of an actual attributed to people of one sex. */
public record SexValue(@NotNull Sex sex, @NotNull @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal value) {
}
