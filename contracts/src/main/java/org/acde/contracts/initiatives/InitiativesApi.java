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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.stats.StatsView;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Cooperation initiatives under the seven measures. Served by initiatives-service; matchmaking-service and
 * capacity-service call it through a REST client built on this same interface.
 */
@Path("/api/v1/initiatives")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Initiatives", description = "Cooperation initiatives under measures I–VII of the Joint Statement")
public interface InitiativesApi {

    @GET
    @Operation(operationId = "listInitiatives", summary = "List initiatives", description = "Anonymous callers and partners see initiatives once endorsed; the secretariat sees all; an agency also sees the proposals its party takes part in.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<InitiativeView> list(@Valid @BeanParam InitiativeQuery query, @Valid @BeanParam PageParams page);

    @POST
    @Operation(operationId = "createInitiative", summary = "Propose an initiative", description = "The secretariat, or an agency for an initiative its own party leads. Starts as PROPOSED. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = InitiativeView.class)))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<InitiativeView> create(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull InitiativeInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getInitiative", summary = "Read an initiative", description = "The ETag header is what If-Match takes on writes.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<InitiativeView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateInitiative", summary = "Replace an initiative's fields", description = "The secretariat or the lead party's agency. Status changes go through transitions. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<InitiativeView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull InitiativeInput body);

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteInitiative", summary = "Delete a proposal", description = "Only while PROPOSED; later an initiative is cancelled instead. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Only a PROPOSED initiative can be deleted", content = @Content(mediaType = "application/problem+json"))
    void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionInitiative", summary = "Change an initiative's status", description = "A forbidden move is a 409 naming the allowed ones. ACTIVE sets the actual start, CLOSED the actual end. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The initiative in its new status; `ETag` is its new version", content = @Content(schema = @Schema(implementation = InitiativeView.class)))
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current status; `allowed` lists those that are", content = @Content(mediaType = "application/problem+json"))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<InitiativeView> transition(@PathParam("id") UUID id, @Valid @NotNull TransitionRequest body);

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "listInitiativeHistory", summary = "What happened to an initiative", description = "Creation, field changes and transitions, oldest first.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<HistoryEntry> history(@PathParam("id") UUID id, @Valid @BeanParam PageParams page);

    @GET
    @Path("/stats")
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "countInitiatives", summary = "Count initiatives", description = "Counts matching the list filters, grouped by measure, party (each participating party), status or start year, with labels in the language of `Accept-Language`.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    StatsView stats(@NotNull @QueryParam("groupBy") InitiativeGrouping groupBy, @Valid @BeanParam InitiativeQuery query);

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "exportInitiatives", summary = "Export initiatives as CSV", description = "Every initiative matching the list filters that the caller may see, in creation order, with codes and labels; the header row and labels in the language of `Accept-Language` (English keeps the column names `id`, `code`, `measure_label`, ...); streamed, without a row or date cap. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @APIResponse(responseCode = "200", description = "RFC 4180 CSV with a header row; `Content-Disposition` names the file", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    Response export(@Valid @BeanParam InitiativeQuery query);
}
