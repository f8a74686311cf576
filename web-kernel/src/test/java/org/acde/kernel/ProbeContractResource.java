package org.acde.kernel;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.acde.kernel.web.AnyQueryParameters;

@PermitAll
public class ProbeContractResource implements ProbeApi {

    @Override
    public String list(String q, Filter filter) {
        return "q=" + q + " party=" + filter.party + " limit=" + filter.page.limit + " sort=" + filter.page.sort;
    }

    @Override
    public String act() {
        return "done";
    }

    /** Declared on the class alone, like the CSV export. */
    @GET
    @Path("/page")
    @Produces(MediaType.TEXT_PLAIN)
    @AnyQueryParameters
    public String page() {
        return "a page";
    }
}
