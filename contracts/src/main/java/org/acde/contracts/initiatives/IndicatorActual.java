package org.acde.contracts.initiatives;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The value an indicator reached in the report's period, optionally broken down by party and by sex. */
@Schema(description = "An indicator's actual in a progress report")
public record IndicatorActual(
        @NotNull UUID indicatorId,
        @DecimalMin("0") @DecimalMax("1000000000000") BigDecimal value,
        @Size(max = 2000) String text,
        @Size(max = 12) List<@NotNull @Valid PartyValue> byParty,
        @Size(max = 4) List<@NotNull @Valid SexValue> bySex) {

    public List<PartyValue> byPartyOrEmpty() {
        return byParty == null ? List.of() : byParty;
    }

    public List<SexValue> bySexOrEmpty() {
        return bySex == null ? List.of() : bySex;
    }
}
