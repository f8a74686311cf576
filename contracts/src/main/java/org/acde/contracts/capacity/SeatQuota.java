package org.acde.contracts.capacity;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Seats reserved for participants of one party; the cohort's other seats are open to all. */
@Schema(description = "Seats reserved for one party")
public record SeatQuota(@NotNull Party party, @Min(1) @Schema(maximum = "10000", description = "At most the cohort's seats (10000 at most)") int seats) {
}
