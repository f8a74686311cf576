package org.acde.contracts.capacity;

import java.util.UUID;

import org.acde.contracts.problem.Problem;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The result of one row of an enrolment batch: the enrolment made, or the problem that refused the row. */
@Schema(requiredProperties = { "row", "outcome" }, description = "The result of one row of an enrolment batch")
public record EnrolmentBatchRow(
        @Schema(description = "The row's number in the request, from 1: the array index + 1 in JSON, the record after the header in CSV (blank lines not counted)", examples = "1") int row,
        EnrolmentBatchOutcome outcome,
        @Schema(description = "The enrolment made; absent when refused") UUID enrolmentId,
        @Schema(description = "Where the enrolment is read; absent when refused", examples = "/api/v1/enrolments/5b0c6a57-6d0e-4c1b-8f7e-1a2b3c4d5e6f") String location,
        @Schema(description = "Why the row was refused (RFC 9457): 400 with `errors` for a malformed or invalid row, 403 for a participant of another party, 409 for an email already enrolled in the cohort or in an earlier row") Problem problem) {
}
