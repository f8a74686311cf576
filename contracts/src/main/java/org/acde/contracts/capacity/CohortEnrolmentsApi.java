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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** A cohort's enrolments: applying for a seat and listing who applied. */
@Path("/api/v1/cohorts/{cohortId}/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments", description = "Applications for seats, waitlists, results and personal data")
public interface CohortEnrolmentsApi {

    @GET
    @Operation(operationId = "listCohortEnrolments", summary = "List a cohort's enrolments", description = "In arrival order. The provider's side and the secretariat see all; other party clients see their own party's participants. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    Page<EnrolmentView> list(@PathParam("cohortId") UUID cohortId, @Valid @BeanParam EnrolmentQuery query,
            @Valid @BeanParam PageParams page);

    @POST
    @Operation(operationId = "createEnrolment", summary = "Enrol a participant", description = "Any agency or partner for a participant of its own party, or the secretariat. Answers CONFIRMED when a seat of the participant's quota or an open seat is free, else WAITLISTED. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "201", description = "Created; `status` says CONFIRMED or WAITLISTED", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", description = "The email is already enrolled in this cohort", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Enrolment is closed (outside the window, or the program is not published)", content = @Content(mediaType = "application/problem+json"))
    RestResponse<EnrolmentView> enrol(@PathParam("cohortId") UUID cohortId,
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid @NotNull EnrolmentInput body);
}
