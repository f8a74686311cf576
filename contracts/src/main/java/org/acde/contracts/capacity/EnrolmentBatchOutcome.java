package org.acde.contracts.capacity;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What became of one row of an enrolment batch. */
@Schema(description = "CREATED: enrolled with a seat (the enrolment is CONFIRMED); WAITLISTED: enrolled on the waitlist;"
        + " REFUSED: nothing was written for this row, `problem` says why")
public enum EnrolmentBatchOutcome {
    CREATED,
    WAITLISTED,
    REFUSED
}
