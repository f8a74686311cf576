package org.acde.contracts.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One rejected input: {@code field} is a JSON path into the request body, or a query/header parameter name. */
@Schema(description = "A rejected input field")
public record FieldError(
        @Schema(description = "Path of the field, e.g. `participatingParties[2]` or a query parameter name", examples = "title")
        String field,
        @Schema(description = "Why it was rejected", examples = "size must be between 1 and 200")
        String message) {
}
