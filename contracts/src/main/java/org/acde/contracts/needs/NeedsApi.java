package org.acde.contracts.needs;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Cooperation needs: the demand side of the parties' cooperation, which offers, capacity programs and initiatives
 * declare they answer. Served by matchmaking-service; the gateway adds {@code /api/v1/needs/{id}/answers}.
 */
@Path("/api/v1/needs")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Needs", description = "Cooperation needs of the parties and the offers that fit them")
public interface NeedsApi {

    @GET
    @Operation(operationId = "listNeeds", summary = "List needs", description = "Every need but withdrawn ones is public; withdrawn ones are seen by agencies of their party and the secretariat.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<NeedView> list(@Valid @BeanParam NeedQuery query, @Valid @BeanParam PageParams page);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createNeed", summary = "Post a need", description = "An agency for its own party, the secretariat for any. Starts OPEN and public. Roles: agency, secretariat.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = NeedView.class)))
    RestResponse<NeedView> create(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull NeedInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getNeed", summary = "Read a need", description = "The ETag header is what If-Match takes on writes.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<NeedView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateNeed", summary = "Replace a need's fields", description = "An agency of its party or the secretariat, while OPEN or BEING_ANSWERED; the party never changes. Roles: agency, secretariat.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The need as changed; `ETag` is its new version", content = @Content(schema = @Schema(implementation = NeedView.class)))
    @APIResponse(responseCode = "409", description = "The need is MET or WITHDRAWN", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The party may not change", content = @Content(mediaType = "application/problem+json"))
    RestResponse<NeedView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, @Valid @NotNull NeedInput body);

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionNeed", summary = "Change a need's status", description = "OPEN → BEING_ANSWERED → MET, BEING_ANSWERED → OPEN, OPEN → MET; OPEN or BEING_ANSWERED → WITHDRAWN. A forbidden move is a 409 naming the allowed ones. Roles: agency, secretariat.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The need in its new status", content = @Content(schema = @Schema(implementation = NeedView.class)))
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current status", content = @Content(mediaType = "application/problem+json"))
    RestResponse<NeedView> transition(@PathParam("id") UUID id, @Valid @NotNull NeedTransition body);

    @GET
    @Path("/{id}/matches")
    @Operation(operationId = "listNeedMatches", summary = "Rank offers for a need", description = "Published, unexpired technology and business offers, best first, each with a score in [0, 1] and one explanation per factor, scored as opportunity matches are (the need's technologies, sectors, party and languages against the offer's). Deterministic; equal scores in id order.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    NeedMatchList matches(@PathParam("id") UUID id,
            @Parameter(description = "How many matches, 1 to 100") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit);

    @GET
    @Path("/stats")
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "getNeedStats", summary = "Need statistics", description = "Needs by party, measure, status and kind, and the share met, labelled in the language of `Accept-Language`; with `party`, only that party's needs.")
    @SecurityRequirements
    NeedStats stats(@QueryParam("party") Party party);
}
