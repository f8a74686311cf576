package org.acde.contracts.matchmaking;

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

/** Matchmaking statistics; public. The gateway's party overview and initiative portfolio read them through this interface. */
@Path("/api/v1/matchmaking/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statistics", description = "Public figures for dashboards")
public interface MatchmakingStatsApi {

    @GET
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "getMatchmakingStats", summary = "Matchmaking statistics", description = "Anonymous counts, labelled in the language of `Accept-Language`; with `party`, only what concerns that party's enterprises; with `initiativeId`, only what concerns the opportunities linked to that initiative (an unknown initiative counts nothing).")
    @SecurityRequirements
    MatchmakingStats stats(@QueryParam("party") Party party,
            @Parameter(description = "Only the opportunities linked to this initiative") @QueryParam("initiativeId") UUID initiativeId);
}
