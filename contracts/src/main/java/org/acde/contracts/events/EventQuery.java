package org.acde.contracts.events;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.acde.contracts.paging.Page;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The filters and paging of the change feed. It has no {@code sort}: the feed has one order, its positions; and its
 * cursor is valid with any filters, so a reader may narrow or widen them and continue where it stopped.
 */
public class EventQuery {

    /** Lower-case letters, digits, dots, hyphens and underscores, as event types are written. */
    public static final String TYPE_PREFIX = "^[a-z0-9][a-z0-9._-]*$";
    /** A path through the gateway: printable ASCII, no spaces or control characters. */
    public static final String SUBJECT = "^/[!-~]+$";

    @QueryParam("type")
    @Size(max = 10)
    @Parameter(description = "Only events whose type starts with this, e.g. `org.acde.matchmaking.interest.` for every"
            + " interest event or `org.acde.capacity.certificate.revoked` for one type; repeat the parameter (up to 10)"
            + " for events of any of several")
    public List<@Size(min = 1, max = 200) @Pattern(regexp = TYPE_PREFIX) String> type;

    @QueryParam("party")
    @Parameter(description = "Only events about resources that concern this party")
    public Party party;

    @QueryParam("subject")
    @Size(max = 500)
    @Pattern(regexp = SUBJECT, message = "a resource path such as /api/v1/interests/<id>")
    @Parameter(description = "Only events about one resource: its path through the gateway, the events' `subject`,"
            + " e.g. `/api/v1/interests/0b6b3a6e-8f0c-4a8e-9a52-2f1f4ad0c5d1`")
    public String subject;

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(Page.MAX_LIMIT)
    @Parameter(description = "Events per page, 1 to 100")
    public int limit = Page.DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(max = 1000)
    @Parameter(description = "Continue strictly after this point: the `nextCursor` of a page, or the `cursor` of"
            + " `GET /api/v1/events/head`. Without it the feed starts at its oldest retained event")
    public String cursor;
}
