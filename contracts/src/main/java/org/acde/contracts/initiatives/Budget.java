package org.acde.contracts.initiatives;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.acde.contracts.types.Money;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an initiative was planned to cost and, once revised, what it is now expected to cost. */
@Schema(description = "Original and revised budget")
public record Budget(@NotNull @Valid Money original, @Valid Money revised) {
}
