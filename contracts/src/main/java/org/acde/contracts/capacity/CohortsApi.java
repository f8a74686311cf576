package org.acde.contracts.capacity;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A cohort: reading and rescheduling it. */
@Path("/api/v1/cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Cohorts", description = "Runs of a program: schedule, seats, per-party quotas and completion criteria")
public interface CohortsApi {

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCohort", summary = "Read a cohort", description = "The ETag header is what If-Match takes on writes.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<CohortView> get(@PathParam("id") UUID id);

    @PUT
    @Path("/{id}")
    @Operation(operationId = "updateCohort", summary = "Reschedule a cohort", description = "Schedule, place and criteria; seats and quotas stay as created. Once results are recorded, the last day may move earlier but not later (results and certificates date from it). Roles: secretariat, agency, partner.")
    @APIResponse(responseCode = "422", description = "Seats or quotas differ from the cohort's, or results are recorded and the last day would move later (field `endDate`)", content = @Content(mediaType = "application/problem+json"))
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The cohort as changed; `ETag` is its new version", content = @Content(schema = @Schema(implementation = CohortView.class)))
    RestResponse<CohortView> update(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @RequestBody(required = true, content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CohortInput.class),
                    examples = @ExampleObject(name = "broughtForward", summary = "Brought forward: it ran 14 to 18 December",
                            value = "{\"startDate\": \"2026-12-14\", \"endDate\": \"2026-12-18\", \"enrolmentOpens\": \"2026-12-01T01:00:00Z\", \"enrolmentCloses\": \"2026-12-10T17:00:00Z\", \"timeZone\": \"Asia/Ho_Chi_Minh\", \"place\": \"Hanoi, National Innovation Centre\", \"seats\": 30, \"quotas\": [{\"party\": \"VN\", \"seats\": 10}, {\"party\": \"LA\", \"seats\": 5}], \"completion\": {\"minAttendancePercent\": 80, \"passMark\": 60}}")))
            @Valid @NotNull CohortInput body);
}
