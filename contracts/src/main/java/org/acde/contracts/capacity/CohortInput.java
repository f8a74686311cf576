package org.acde.contracts.capacity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.acde.contracts.validation.NoDuplicates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A cohort as written by a client. Seats and quotas are fixed once created (enrolments were decided against them);
 * a replacement may change the schedule, place and criteria.
 */
@Schema(examples = "{\"startDate\": \"2027-03-01\", \"endDate\": \"2027-03-05\", \"enrolmentOpens\": \"2026-12-01T01:00:00Z\", \"enrolmentCloses\": \"2027-02-21T17:00:00Z\", \"timeZone\": \"Asia/Ho_Chi_Minh\", \"place\": \"Hanoi, National Innovation Centre\", \"seats\": 30, \"quotas\": [{\"party\": \"VN\", \"seats\": 10}, {\"party\": \"LA\", \"seats\": 5}], \"completion\": {\"minAttendancePercent\": 80, \"passMark\": 60}}", description = "A cohort of a program as written by a client")
public record CohortInput(
        @NotNull @Schema(description = "First day, in the cohort's time zone") LocalDate startDate,
        @NotNull @Schema(description = "Last day, not before startDate") LocalDate endDate,
        @NotNull @Schema(description = "When enrolment opens (UTC)") Instant enrolmentOpens,
        @NotNull @Schema(description = "When enrolment closes (UTC); after it opens and not after the start of startDate in the cohort's time zone") Instant enrolmentCloses,
        @NotBlank @Size(max = 64) @Schema(description = "IANA time zone of the schedule", examples = "Asia/Ho_Chi_Minh") String timeZone,
        @Size(max = 300) @Schema(description = "Venue or online platform; required unless delivery is ONLINE", examples = "Hanoi, National Innovation Centre") String place,
        @Min(1) @Max(10000) int seats,
        @NoDuplicates(by = "party") @Size(max = 12) @Schema(description = "Seats reserved per party, each party once; they may not sum above seats") List<@NotNull @Valid SeatQuota> quotas,
        @NotNull @Valid CompletionCriteria completion) {

    public List<SeatQuota> quotasOrEmpty() {
        return quotas == null ? List.of() : quotas;
    }
}
