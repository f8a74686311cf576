package org.acde.contracts.events;

import java.util.List;

import org.acde.contracts.paging.Paged;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A page of the change feed: the list shape of the platform without a {@code total} (counting a feed of millions on
 * every poll would cost more than the page), and with a {@code nextCursor} on every page, the last included, since
 * a feed has no last page.
 *
 * @param items each event exactly as its service recorded it, so attributes the schema does not name pass through
 */
@Schema(requiredProperties = { "items", "nextCursor" }, description = "A page of the change feed, oldest event first")
public record EventPage(
        @Schema(type = SchemaType.ARRAY, implementation = CloudEvent.class, description = "The events of this page, in feed order")
        List<JsonNode> items,
        @Schema(description = "Always present, also on an empty page: pass it as `cursor` for the events after these."
                + " Store it to resume later; it does not expire while the events after it are retained")
        String nextCursor) implements Paged {
}
