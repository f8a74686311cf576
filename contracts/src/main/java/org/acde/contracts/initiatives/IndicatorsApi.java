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

/** The results indicators of an initiative, with targets; managed by its lead party's agency or the secretariat. */
@Path("/api/v1/initiatives/{initiativeId}/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results framework", description = "Indicators with baselines, targets and actuals, and progress reports per party and period")
public interface IndicatorsApi {

    @GET
    @Operation(operationId = "listIndicators", summary = "List an initiative's indicators", description = "With the actuals reported against them.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<IndicatorView> list(@PathParam("initiativeId") UUID initiativeId, @Valid @BeanParam PageParams page);

    @POST
    @Operation(operationId = "createIndicator", summary = "Add an indicator", description = "Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = IndicatorView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<IndicatorView> create(@PathParam("initiativeId") UUID initiativeId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull IndicatorInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIndicator", summary = "Read an indicator", description = "The ETag header is what If-Match takes on writes.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<IndicatorView> get(@PathParam("initiativeId") UUID initiativeId, @PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateIndicator", summary = "Replace an indicator", description = "Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<IndicatorView> update(@PathParam("initiativeId") UUID initiativeId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch, @Valid @NotNull IndicatorInput body);

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteIndicator", summary = "Remove an indicator that has no reported actuals", description = "Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Actuals were reported against the indicator", content = @Content(mediaType = "application/problem+json"))
    void delete(@PathParam("initiativeId") UUID initiativeId, @PathParam("id") UUID id,
            @HeaderParam("If-Match") String ifMatch);
}
