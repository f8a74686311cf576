package org.acde.contracts.capacity;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort with its seat situation. */
@Schema(requiredProperties = { "id", "programId", "startDate", "endDate", "enrolmentOpens", "enrolmentCloses", "timeZone", "seats", "quotas", "completion", "seatsTaken", "waitlisted", "createdAt", "updatedAt" }, description = "A cohort of a program", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record CohortView(
        UUID id,
        UUID programId,
        LocalDate startDate,
        LocalDate endDate,
        Instant enrolmentOpens,
        Instant enrolmentCloses,
        String timeZone,
        String place,
        int seats,
        List<SeatQuota> quotas,
        CompletionCriteria completion,
        @Schema(description = "Seats taken (CONFIRMED, and later COMPLETED, FAILED or NO_SHOW)") long seatsTaken,
        @Schema(description = "Enrolments waiting for a seat") long waitlisted,
        Instant createdAt,
        Instant updatedAt) {
}
