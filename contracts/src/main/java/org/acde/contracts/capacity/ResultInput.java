package org.acde.contracts.capacity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A confirmed participant's results; they decide COMPLETED (with a certificate) or FAILED. */
@Schema(examples = "{\"attendancePercent\": 90, \"score\": 78}", description = "A participant's results")
public record ResultInput(
        @Min(0) @Max(100) @Schema(description = "Sessions attended, in percent") int attendancePercent,
        @Min(0) @Max(100) @Schema(description = "Assessment score out of 100; required when the cohort has a pass mark") Integer score) {
}
