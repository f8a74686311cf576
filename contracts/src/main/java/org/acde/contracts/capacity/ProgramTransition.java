package org.acde.contracts.capacity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Move a program to another status. */
@Schema(examples = "{\"to\": \"PUBLISHED\", \"reason\": \"Curriculum approved by the program board\"}", description = "Move a program to another status")
public record ProgramTransition(
        @NotNull ProgramStatus to,
        @NotBlank @Size(max = 1000) String reason) {
}
