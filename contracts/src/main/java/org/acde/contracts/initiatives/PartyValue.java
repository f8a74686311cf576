package org.acde.contracts.initiatives;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;

import org.acde.contracts.reference.Party;

/** Part of an actual attributed to one party. */
public record PartyValue(@NotNull Party party, @NotNull @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal value) {
}
