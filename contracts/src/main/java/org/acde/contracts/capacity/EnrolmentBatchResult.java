package org.acde.contracts.capacity;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an enrolment batch did, row by row, in the order of the request. */
@Schema(requiredProperties = { "cohortId", "created", "waitlisted", "refused", "rows" }, description = "The results of an enrolment batch, one per row in request order")
public record EnrolmentBatchResult(
        UUID cohortId,
        @Schema(description = "Rows enrolled with a seat") int created,
        @Schema(description = "Rows enrolled on the waitlist") int waitlisted,
        @Schema(description = "Rows refused; nothing was written for them") int refused,
        @Schema(maxItems = EnrolmentBatchResult.MAX_ROWS) List<EnrolmentBatchRow> rows) {

    /** The most rows one batch takes; more is 413 before any row is applied. */
    public static final int MAX_ROWS = 1000;
}
