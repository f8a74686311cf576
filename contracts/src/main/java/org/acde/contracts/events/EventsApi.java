package org.acde.contracts.events;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The change feed: one ordered feed of what changed across the platform's services, for partner systems that keep
 * their own in step. Served by events-service. The token is optional, as on the resources themselves: each caller
 * reads the events about the resources it may read, anonymous callers those about public ones.
 */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Events", description = "The change feed: every change a partner may follow, across all services, in one order")
public interface EventsApi {

    @GET
    @Operation(operationId = "listEvents", summary = "Read the change feed", description = "Events of every service"
            + " (initiatives, matchmaking, capacity) in the one order they were recorded in, each a CloudEvent exactly as"
            + " recorded. A caller sees the events about resources it may read, under the resources' own rules: the"
            + " public ones for everybody (no token needed), its own and its party's for a partner or agency, all for the"
            + " secretariat.\n\n"
            + "Following the feed: page with `nextCursor`, which every page has, the last and empty ones too. An empty page"
            + " means nothing new yet: keep its `nextCursor` and ask again later, in a minute or tomorrow; the next page"
            + " starts strictly after it, so no event is skipped or repeated. A cursor stays valid with other filters.\n\n"
            + "Retention: events are kept 30 days. A cursor whose following events were deleted is a 410"
            + " (`urn:acde:problem:cursor-expired`); resync then: take a cursor from `GET /api/v1/events/head`, re-read the"
            + " resources you follow from their lists (`updatedSince` where a list has it), then continue from that cursor.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @APIResponse(responseCode = "200", description = "A page of events, oldest first; `Link` names the next",
            content = @Content(schema = @Schema(implementation = EventPage.class)))
    @APIResponse(responseCode = "410", description = "Events after the cursor were deleted (retention): resync as described above",
            content = @Content(mediaType = "application/problem+json"))
    EventPage list(@Valid @BeanParam EventQuery query);

    @GET
    @Path("/head")
    @Operation(operationId = "getEventsHead", summary = "The feed's current end", description = "A cursor after the newest"
            + " event: paging from it gives only what is recorded from now on. Take it before a full resync, then page"
            + " from it afterwards, so that nothing changed during the resync is missed.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @APIResponse(responseCode = "200", description = "A cursor at the newest event",
            content = @Content(schema = @Schema(implementation = EventCursor.class)))
    EventCursor head();
}
