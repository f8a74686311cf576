package org.acde.contracts.types;

import java.math.BigDecimal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.acde.contracts.validation.CurrencyCode;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An amount of money: a decimal string (never a float) and an ISO 4217 currency. */
@Schema(description = "An amount as a decimal string with its ISO 4217 currency")
public record Money(
        @NotNull @Pattern(regexp = "^\\d{1,13}(\\.\\d{1,2})?$", message = "a decimal string with at most 13 digits and 2 decimals, e.g. 150000.00")
        @Schema(maxLength = 16, examples = "150000.00") String amount,
        @NotNull @CurrencyCode @Schema(maxLength = 3, pattern = "^[A-Z]{3}$", examples = "USD") String currency) {

    public BigDecimal value() {
        return new BigDecimal(amount);
    }

    public static Money of(BigDecimal amount, String currency) {
        return amount == null ? null : new Money(amount.setScale(2).toPlainString(), currency);
    }
}
