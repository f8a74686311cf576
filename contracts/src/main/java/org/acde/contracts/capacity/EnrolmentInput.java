package org.acde.contracts.capacity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application for a seat in a cohort. */
@Schema(description = "An application for a seat in a cohort")
public record EnrolmentInput(@NotNull @Valid Participant participant) {
}
