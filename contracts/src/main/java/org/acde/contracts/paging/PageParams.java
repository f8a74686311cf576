package org.acde.contracts.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The paging parameters every list takes: {@code limit}, {@code cursor} and {@code sort}. */
public class PageParams {

    @QueryParam("limit")
    @DefaultValue("20")
    @Min(1)
    @Max(Page.MAX_LIMIT)
    @Parameter(description = "Items per page, 1 to 100")
    public int limit = Page.DEFAULT_LIMIT;

    @QueryParam("cursor")
    @Size(max = 1000)
    @Parameter(description = "The `nextCursor` of the previous page")
    public String cursor;

    @QueryParam("sort")
    @Size(max = 200)
    @Parameter(description = "Fields to sort by, comma-separated; `-` before a field sorts it descending, e.g. `-updatedAt,title`")
    public String sort;

    public PageParams() {
    }

    public PageParams(int limit, String cursor, String sort) {
        this.limit = limit;
        this.cursor = cursor;
        this.sort = sort;
    }
}
