package org.acde.contracts.matchmaking;

import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An agency's verdict on an enterprise of its own party. */
@Schema(examples = "{\"verified\": true}", description = "Mark an enterprise verified or not")
public record Verification(@NotNull Boolean verified) {
}
