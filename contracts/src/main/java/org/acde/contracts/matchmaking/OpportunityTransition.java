package org.acde.contracts.matchmaking;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Move an opportunity to another status (PUBLISHED, WITHDRAWN or FULFILLED; EXPIRED happens by itself). */
@Schema(examples = "{\"to\": \"PUBLISHED\", \"reason\": \"Approved for publication by the management board\"}", description = "Move an opportunity to another status")
public record OpportunityTransition(
        @NotNull OpportunityStatus to,
        @NotBlank @Size(max = 1000) String reason) {
}
