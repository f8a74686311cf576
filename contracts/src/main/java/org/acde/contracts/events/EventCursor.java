package org.acde.contracts.events;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A point in the change feed to continue after. */
@Schema(requiredProperties = "cursor", description = "A point in the change feed")
public record EventCursor(
        @Schema(description = "Pass as `cursor` to `GET /api/v1/events` for the events recorded after this point") String cursor) {
}
