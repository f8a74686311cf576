package org.acde.contracts.capacity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Withdraw an enrolment, or record that a confirmed participant did not show up. */
@Schema(examples = "{\"to\": \"WITHDRAWN\", \"reason\": \"The participant was reassigned and cannot attend\"}", description = "Move an enrolment to WITHDRAWN or NO_SHOW")
public record EnrolmentTransition(
        @NotNull @Schema(description = "WITHDRAWN or NO_SHOW") EnrolmentStatus to,
        @NotBlank @Size(max = 1000) String reason) {
}
