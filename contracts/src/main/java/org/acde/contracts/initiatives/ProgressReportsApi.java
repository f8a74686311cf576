package org.acde.contracts.initiatives;

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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Progress reports: one per period and participating party, submitted by that party's agency. */
@Path("/api/v1/initiatives/{initiativeId}/progress-reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Results framework", description = "Indicators with baselines, targets and actuals, and progress reports per party and period")
public interface ProgressReportsApi {

    @GET
    @Operation(operationId = "listProgressReports", summary = "List an initiative's progress reports", description = "By period, then party.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    Page<ProgressReportView> list(@PathParam("initiativeId") UUID initiativeId, @Valid @BeanParam PageParams page);

    @POST
    @Operation(operationId = "submitProgressReport", summary = "Submit a progress report", description = "An agency of a participating party, for its own party; one report per party and period, for a period that has started (its first day is today or earlier, UTC). Roles: secretariat, agency.")
    @APIResponse(responseCode = "201", description = "Created; `Location` and `ETag` name the new resource", content = @Content(schema = @Schema(implementation = ProgressReportView.class)))
    @APIResponse(responseCode = "409", description = "The party has already reported for the period", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "The period has not started (field `period`), the party does not take part, or an actual names another initiative's indicator", content = @Content(mediaType = "application/problem+json"))
    @SecurityRequirement(name = "keycloak")
    @Consumes(MediaType.APPLICATION_JSON)
    RestResponse<ProgressReportView> submit(@PathParam("initiativeId") UUID initiativeId,
            @HeaderParam("Idempotency-Key") String idempotencyKey, @Valid @NotNull ProgressReportInput body);

    @GET
    @Path("/{id}")
    @Operation(operationId = "getProgressReport", summary = "Read a progress report", description = "The ETag header is what If-Match takes on writes.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<ProgressReportView> get(@PathParam("initiativeId") UUID initiativeId, @PathParam("id") UUID id);
}
