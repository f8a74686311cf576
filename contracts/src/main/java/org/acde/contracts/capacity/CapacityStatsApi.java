package org.acde.contracts.capacity;

import java.util.UUID;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Capacity-building statistics; public. The gateway's party overview and initiative portfolio read them through this interface. */
@Path("/api/v1/capacity/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Public figures for dashboards")
public interface CapacityStatsApi {

    @GET
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "getCapacityStats", summary = "Capacity-building statistics", description = "Anonymous counts, labelled in the language of `Accept-Language`; with `party`, only that party's programs and participants; with `initiativeId`, only the programs the initiative funds and their participants (an unknown initiative counts nothing). The gateway's initiative portfolio reads the latter.")
    @SecurityRequirements
    CapacityStats stats(@QueryParam("party") Party party,
            @Parameter(description = "Only the programs linked to this initiative") @QueryParam("initiativeId") UUID initiativeId);
}
