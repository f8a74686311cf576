package org.acde.contracts.capacity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a participant must reach for the enrolment to be COMPLETED and a certificate issued. */
@Schema(description = "Completion criteria")
public record CompletionCriteria(
        @Min(0) @Max(100) @Schema(description = "Minimum attendance, in percent") int minAttendancePercent,
        @Min(0) @Max(100) @Schema(description = "Minimum score out of 100; absent when there is no assessment") Integer passMark) {

    public boolean metBy(int attendancePercent, Integer score) {
        return attendancePercent >= minAttendancePercent && (passMark == null || (score != null && score >= passMark));
    }

    /** The criteria in words, for the certificate. */
    public String narrative() {
        String attendance = "Attend at least " + minAttendancePercent + "% of the sessions";
        return passMark == null ? attendance + "." : attendance + " and score at least " + passMark + " out of 100 in the assessment.";
    }
}
