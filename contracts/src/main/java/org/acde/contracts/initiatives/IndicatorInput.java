package org.acde.contracts.initiatives;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An indicator of the results framework, with its baseline and targets per period. */
@Schema(examples = "{\"title\": \"MSMEs onboarded to cross-border e-commerce platforms\", \"description\": \"Enterprises with at least one cross-border sale through a partner platform\", \"level\": \"OUTCOME\", \"unit\": \"COUNT\", \"ascending\": true, \"baseline\": {\"value\": 0, \"date\": \"2027-01-01\"}, \"targets\": [{\"period\": \"2027-H2\", \"value\": 200}, {\"period\": \"2028\", \"value\": 500}]}", description = "A results indicator")
public record IndicatorInput(
        @NotBlank @Size(max = 200) @Schema(examples = "MSMEs onboarded to cross-border e-commerce platforms") String title,
        @Size(max = 2000) String description,
        @NotNull IndicatorLevel level,
        @NotNull IndicatorUnit unit,
        @NotNull @Schema(description = "Whether a higher value is better") Boolean ascending,
        @Valid Baseline baseline,
        @Size(max = 40) List<@NotNull @Valid PeriodValue> targets) {

    public List<PeriodValue> targetsOrEmpty() {
        return targets == null ? List.of() : targets;
    }
}
