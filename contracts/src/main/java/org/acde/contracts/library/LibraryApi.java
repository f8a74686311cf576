package org.acde.contracts.library;

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
import jakarta.ws.rs.core.Response;

import org.acde.contracts.openapi.ContractConventions;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
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

/** The knowledge exchange library: policies, regulations, standards, guidelines, best practices and case studies. */
@Path("/api/v1/library/items")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Library", description = "Knowledge exchange library: documents the parties share under measures I–VII")
public interface LibraryApi {

    @GET
    @Operation(operationId = "listLibraryItems", summary = "Search the library", description = "Anyone sees items once published (withdrawn ones included, marked so); the secretariat sees drafts too, an agency the drafts naming its party. Newest publication first unless `sort` says otherwise.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<LibraryItemView> list(@Valid @BeanParam LibraryItemQuery query, @Valid @BeanParam PageParams page);

    @POST
    @Operation(operationId = "createLibraryItem", summary = "Add a library item", description = "The secretariat, or an agency for an item naming its own party. Starts as DRAFT, seen only by the secretariat and the agencies of its parties. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = LibraryItemView.class)))
    @APIResponse(responseCode = "422", description = "A related initiative does not exist or the caller cannot see it", content = @Content(mediaType = "application/problem+json"))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<LibraryItemView> create(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull LibraryItemInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getLibraryItem", summary = "Read a library item", description = "A draft is 404 to all but the secretariat and the agencies of its parties. The ETag header is what If-Match takes on writes.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<LibraryItemView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateLibraryItem", summary = "Replace a library item's fields", description = "The secretariat or an agency of one of its parties; an agency keeps its own party among the parties. Status changes go through transitions. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The item as replaced; `ETag` is its new version", content = @Content(schema = @Schema(implementation = LibraryItemView.class)))
    @APIResponse(responseCode = "422", description = "A related initiative does not exist or the caller cannot see it, or an agency dropped its own party", content = @Content(mediaType = "application/problem+json"))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<LibraryItemView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull LibraryItemInput body);

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteLibraryItem", summary = "Delete a draft", description = "Only while DRAFT; a published item is withdrawn instead. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Only a DRAFT can be deleted", content = @Content(mediaType = "application/problem+json"))
    void delete(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch);

    @POST
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionLibraryItem", summary = "Publish or withdraw a library item", description = "DRAFT → PUBLISHED → WITHDRAWN; a forbidden move is a 409 naming the allowed ones. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The item in its new status; `ETag` is its new version", content = @Content(schema = @Schema(implementation = LibraryItemView.class)))
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current status; `allowed` lists those that are", content = @Content(mediaType = "application/problem+json"))
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<LibraryItemView> transition(@PathParam("id") UUID id, @Valid @NotNull LibraryTransitionRequest body);

    @GET
    @Path("/export.csv")
    @Produces("text/csv")
    @Extension(name = ContractConventions.LOCALIZED, value = "true")
    @Operation(operationId = "exportLibraryItems", summary = "Export library items as CSV", description = "Every item matching the list filters that the caller may see, newest publication first, with codes and labels; the header row and labels in the language of `Accept-Language` (English keeps the column names `id`, `document_type`, `measure_label`, ...); streamed, without a row cap. Cells that a spreadsheet would run as a formula are prefixed with an apostrophe.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @APIResponse(responseCode = "200", description = "RFC 4180 CSV with a header row; `Content-Disposition` names the file", content = @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING)))
    Response export(@Valid @BeanParam LibraryItemQuery query);
}
