package org.acde.contracts.matchmaking;

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

import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Partnering opportunities and their matches. Served by matchmaking-service. */
@Path("/api/v1/opportunities")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Opportunities", description = "Partnering profiles: technology and business offers and requests, research cooperation")
public interface OpportunitiesApi {

    @GET
    @Operation(operationId = "listOpportunities", summary = "List opportunities", description = "Published opportunities are public, anonymised; others are seen by their enterprise's owner, an agency of its party and the secretariat. `enterpriseId` finds nothing unless the caller may see that enterprise; `initiativeId` gives an initiative's opportunities.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<OpportunityView> list(@Valid @BeanParam OpportunityQuery query, @Valid @BeanParam PageParams page);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createOpportunity", summary = "Create an opportunity", description = "The owner of the enterprise (or the secretariat). Starts as DRAFT. A given `initiativeId` is checked with initiatives-service first. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "422", description = "The enterprise or the initiative does not exist or is not the caller's", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "initiatives-service cannot check the initiative; nothing was written; see `Retry-After`", content = @Content(mediaType = "application/problem+json"))
    RestResponse<OpportunityView> create(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull OpportunityInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOpportunity", summary = "Read an opportunity", description = "Anonymised unless the caller is entitled to know the enterprise.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<OpportunityView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateOpportunity", summary = "Replace an opportunity's fields", description = "The enterprise's owner or the secretariat, while DRAFT or PUBLISHED; the enterprise never changes. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The opportunity as changed; `ETag` is its new version", content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "409", description = "The opportunity is closed", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The initiative does not exist, or the enterprise may not change", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "initiatives-service cannot check the initiative; nothing was written", content = @Content(mediaType = "application/problem+json"))
    RestResponse<OpportunityView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull OpportunityInput body);

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionOpportunity", summary = "Change an opportunity's status", description = "DRAFT → PUBLISHED → WITHDRAWN | FULFILLED, DRAFT → WITHDRAWN; EXPIRED happens after `expiresOn`. A forbidden move is a 409 naming the allowed ones. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The opportunity in its new status", content = @Content(schema = @Schema(implementation = OpportunityView.class)))
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current status", content = @Content(mediaType = "application/problem+json"))
    RestResponse<OpportunityView> transition(@PathParam("id") UUID id, @Valid @NotNull OpportunityTransition body);

    @GET
    @Path("/{id}/matches")
    @Operation(operationId = "listOpportunityMatches", summary = "Rank complementary opportunities", description = "Published, unexpired opportunities of the complementary type from other enterprises, best first, each with a score in [0, 1] and one explanation per factor. Deterministic; equal scores in id order. See the service README for the scoring.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    MatchList matches(@PathParam("id") UUID id,
            @Parameter(description = "How many matches, 1 to 100") @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(100) int limit);
}
