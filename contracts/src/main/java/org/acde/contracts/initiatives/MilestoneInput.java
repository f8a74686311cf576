package org.acde.contracts.initiatives;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A milestone as written by the lead: DONE needs its completion date, the other statuses have none. */
@Schema(examples = "{\"title\": \"Pilot ports connected\", \"dueDate\": \"2027-06-30\", \"status\": \"PLANNED\"}", description = "A milestone of an initiative")
public record MilestoneInput(
        @NotBlank @Size(max = 200) String title,
        @NotNull LocalDate dueDate,
        @NotNull MilestoneStatus status,
        @Schema(description = "Required when DONE, absent otherwise") LocalDate completedOn) {
}
