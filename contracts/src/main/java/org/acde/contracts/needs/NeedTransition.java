package org.acde.contracts.needs;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Move a need to another status, with the reason. */
@Schema(examples = "{\"to\": \"BEING_ANSWERED\", \"reason\": \"Two offers and a training program answer it; talks under way\"}", description = "Move a need to another status")
public record NeedTransition(
        @NotNull NeedStatus to,
        @NotBlank @Size(max = 1000) String reason) {
}
