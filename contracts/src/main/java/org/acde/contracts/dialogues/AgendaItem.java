package org.acde.contracts.dialogues;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One item of a dialogue's agenda, in the order of the meeting. */
@Schema(description = "An agenda item")
public record AgendaItem(
        @NotBlank @Size(max = 300) @Schema(examples = "Review of the ASEAN-China digital economy cooperation work plan") String title,
        @Size(max = 2000) String description) {
}
