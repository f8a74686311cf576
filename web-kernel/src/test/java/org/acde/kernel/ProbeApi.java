package org.acde.kernel;

import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.paging.PageParams;
import org.acde.contracts.reference.Party;

/** A contract interface, as the services' resources implement them: the parameters are declared here only. */
@Path("/probe/contract")
@Produces(MediaType.APPLICATION_JSON)
public interface ProbeApi {

    /** The filter bean of a list, with a paging bean nested in it. */
    class Filter {
        @QueryParam("party")
        public Party party;

        @BeanParam
        public PageParams page;
    }

    @GET
    String list(@QueryParam("q") String q, @Valid @BeanParam Filter filter);

    @POST
    String act();
}
