package org.acde.contracts.initiatives;

import com.fasterxml.jackson.databind.JsonNode;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One field of an initiative changed by an update. */
@Schema(description = "A field's value before and after a change")
public record FieldChange(String field, @Schema(implementation = Object.class) JsonNode from,
        @Schema(implementation = Object.class) JsonNode to) {
}
