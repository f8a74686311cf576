package org.acde.initiatives.client;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Looks an initiative up through the client as matchmaking and capacity do before writing (retries, breaker and 503 included). */
@Path("/lookup")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class LookupResource {

    private final InitiativesClient initiatives;

    LookupResource(InitiativesClient initiatives) {
        this.initiatives = initiatives;
    }

    @GET
    @Path("/{id}")
    public String lookup(@PathParam("id") UUID id) {
        return initiatives.linkable(id).code();
    }
}
