package org.acde.contracts.matchmaking;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Expressions of interest: consent-based introductions. Served by matchmaking-service. */
@Path("/api/v1/interests")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Interests", description = "Expressions of interest; contacts are revealed only when the opportunity's owner accepts")
public interface InterestsApi {

    @GET
    @Operation(operationId = "listInterests", summary = "List interests", description = "Those the caller takes part in (either side); an agency's also those of its party's enterprises; the secretariat all. Signed agreements are the interests with `status=AGREEMENT_SIGNED`; `initiativeId` gives those of an initiative's opportunities. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    Page<InterestView> list(@Valid @BeanParam InterestQuery query, @Valid @BeanParam PageParams page);

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createInterest", summary = "Express interest in an opportunity", description = "The owner of another enterprise. At most 20 pending (SUBMITTED) interests per enterprise, one pending per opportunity. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = InterestView.class)))
    @APIResponse(responseCode = "409", description = "A pending interest of this enterprise in this opportunity exists already", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The opportunity is not open, is the enterprise's own, or the types do not complement each other; or too many pending interests", content = @Content(mediaType = "application/problem+json"))
    RestResponse<InterestView> create(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull InterestInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInterest", summary = "Read an interest", description = "Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    RestResponse<InterestView> get(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "transitionInterest", summary = "Decide on an interest or record its outcome", description = "ACCEPTED or DECLINED by the opportunity's owner; then AGREEMENT_SIGNED (with type and date) or CLOSED by either side. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The interest in its new status", content = @Content(schema = @Schema(implementation = InterestView.class)))
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current status", content = @Content(mediaType = "application/problem+json"))
    RestResponse<InterestView> transition(@PathParam("id") UUID id, @Valid @NotNull InterestTransition body);
}
