package org.acde.contracts.capacity;

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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** The cohorts of a program: listing them and adding one. */
@Path("/api/v1/programs/{programId}/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Runs of a program: schedule, seats, per-party quotas and completion criteria")
public interface ProgramCohortsApi {

    @GET
    @Operation(operationId = "listProgramCohorts", summary = "List a program's cohorts", description = "By start date.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<CohortView> list(@PathParam("programId") UUID programId, @Valid @BeanParam PageParams page);

    @POST
    @Operation(operationId = "createCohort", summary = "Add a cohort", description = "The provider's side or the secretariat, while the program is not archived. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = CohortView.class)))
    @APIResponse(responseCode = "409", description = "The program is archived", content = @Content(mediaType = "application/problem+json"))
    RestResponse<CohortView> create(@PathParam("programId") UUID programId,
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull CohortInput body);
}
