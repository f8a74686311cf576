package org.acde.contracts.capacity;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.time.Instant;
import java.util.UUID;

import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.Sex;
import org.acde.contracts.reference.StakeholderType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An enrolment. {@code name}, {@code email} and {@code sex} are present only for callers entitled to them. */
@Schema(requiredProperties = { "id", "cohortId", "programId", "position", "party", "organisationType", "status", "enrolledBy", "appliedAt", "updatedAt" }, description = "An enrolment in a cohort", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record EnrolmentView(
        UUID id,
        UUID cohortId,
        UUID programId,
        @Schema(description = "Arrival order in the cohort, from 1") long position,
        @Schema(description = "Personal data: the participant's party agency, the provider and the secretariat only") String name,
        @Schema(description = "Personal data: the participant's party agency, the provider and the secretariat only") String email,
        @Schema(description = "Personal data: the participant's party agency, the provider and the secretariat only") Sex sex,
        Party party,
        StakeholderType organisationType,
        EnrolmentStatus status,
        @Schema(description = "The seat bucket held: a party code for a reserved seat, OPEN for an open one; absent without a seat", examples = "VN") String seat,
        Integer attendancePercent,
        Integer score,
        @Schema(description = "The certificate issued on completion") UUID certificateId,
        @Schema(description = "Set once the secretariat erased the personal data") Instant erasedAt,
        String enrolledBy,
        Instant appliedAt,
        Instant updatedAt) {
}
