package org.acde.contracts.capacity;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Capacity-building programs (measures VI and VII). Served by capacity-service. */
@Path("/api/v1/programs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Programs", description = "Capacity-building programs for digital talents, managers and technicians")
public interface ProgramsApi {

    @GET
    @Operation(operationId = "listPrograms", summary = "List programs", description = "Published and archived programs are public; drafts are seen by the provider's party clients and the secretariat. `initiativeId` gives the programs an initiative funds.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<ProgramView> list(@Valid @BeanParam ProgramQuery query, @Valid @BeanParam PageParams page);

    @GET
    @Path("/rankings")
    @Operation(operationId = "rankPrograms", summary = "Rank programs for a need profile", description = "Published programs with no cohort or a cohort not yet ended, best first, each with a score in [0, 1] and one explanation per factor (weights: MEASURE 0.25, TOPIC 0.25 — the need's sub-areas a program topic covers, AUDIENCE 0.2, TIMING 0.1 — a cohort within the time frame, LANGUAGE 0.1, CROSS_BORDER 0.1 — a provider of another party). Drafts are never suggested. Deterministic; equal scores in id order.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    @APIResponse(responseCode = "200", description = "The ranked programs, best first", content = @Content(schema = @Schema(implementation = ProgramRankingList.class)))
    @APIResponse(responseCode = "400", description = "A parameter is malformed, or `to` is before `from`; the problem names it", content = @Content(mediaType = "application/problem+json"))
    ProgramRankingList rank(@Valid @BeanParam ProgramRankingQuery query);

    @POST
    @Operation(operationId = "createProgram", summary = "Create a program", description = "A partner (training provider) or agency for its own party, or the secretariat. Starts as DRAFT. A given `initiativeId` is checked with initiatives-service first. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "422", description = "The initiative does not exist or is not visible to the caller", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "initiatives-service cannot check the initiative; nothing was written; see `Retry-After`", content = @Content(mediaType = "application/problem+json"))
    RestResponse<ProgramView> create(
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull ProgramInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProgram", summary = "Read a program", description = "The ETag header is what If-Match takes on writes.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<ProgramView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateProgram", summary = "Replace a program's fields", description = "The provider's side or the secretariat; only the secretariat moves a program to another provider party. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The program as changed; `ETag` is its new version", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "422", description = "The initiative does not exist, or the provider party may not be changed by the caller", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "503", description = "initiatives-service cannot check the initiative; nothing was written", content = @Content(mediaType = "application/problem+json"))
    RestResponse<ProgramView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @Valid @NotNull ProgramInput body);

    @POST
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionProgram", summary = "Change a program's status", description = "DRAFT → PUBLISHED → ARCHIVED, or DRAFT → ARCHIVED. A forbidden move is a 409 naming the allowed ones. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The program in its new status", content = @Content(schema = @Schema(implementation = ProgramView.class)))
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current status", content = @Content(mediaType = "application/problem+json"))
    RestResponse<ProgramView> transition(@PathParam("id") UUID id, @Valid @NotNull ProgramTransition body);
}
