package org.acde.contracts.initiatives;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The milestones of an initiative; managed by its lead party's agency or the secretariat. */
@Path("/api/v1/initiatives/{initiativeId}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Milestones", description = "Planned and reached milestones of an initiative")
public interface MilestonesApi {

    @GET
    @Operation(operationId = "listMilestones", summary = "List an initiative's milestones", description = "By due date.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<MilestoneView> list(@PathParam("initiativeId") UUID initiativeId, @Valid @BeanParam PageParams page);

    @POST
    @Operation(operationId = "createMilestone", summary = "Add a milestone", description = "Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<MilestoneView> create(@PathParam("initiativeId") UUID initiativeId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull MilestoneInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getMilestone", summary = "Read a milestone", description = "The ETag header is what If-Match takes on writes.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<MilestoneView> get(@PathParam("initiativeId") UUID initiativeId, @PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateMilestone", summary = "Replace a milestone", description = "Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<MilestoneView> update(@PathParam("initiativeId") UUID initiativeId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull MilestoneInput body);

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteMilestone", summary = "Remove a milestone", description = "Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    void delete(@PathParam("initiativeId") UUID initiativeId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch);
}
