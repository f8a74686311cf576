package org.acde.contracts.matchmaking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.acde.contracts.types.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The national basis a size band was derived from. */
@Schema(description = "What the size band was derived from, by the enterprise's national definition")
public record SizeBasis(
        @Min(0) @Max(10_000_000) @Schema(description = "Employees (full-time equivalent)", examples = "42") Integer employees,
        @Valid @Schema(description = "Annual turnover") Money annualTurnover,
        @NotBlank @Size(max = 200) @Schema(description = "The national definition applied", examples = "VN Decree 80/2021/ND-CP") String definition) {
}
