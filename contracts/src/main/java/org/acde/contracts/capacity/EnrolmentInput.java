package org.acde.contracts.capacity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An application for a seat in a cohort. */
@Schema(examples = "{\"participant\": {\"name\": \"Nguyen Thi Lan\", \"email\": \"lan.nguyen@example.vn\", \"party\": \"VN\", \"organisationType\": \"GOVERNMENT\", \"sex\": \"F\", \"consent\": true}}", description = "An application for a seat in a cohort")
public record EnrolmentInput(@NotNull @Valid Participant participant) {
}
