package org.acde.contracts.capacity;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** An enrolment: reading it, withdrawing, results and erasure. */
@Path("/api/v1/enrolments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments", description = "Applications for seats, waitlists, results and personal data")
public interface EnrolmentsApi {

    @GET
    @Path("/{id}")
    @Operation(operationId = "getEnrolment", summary = "Read an enrolment", description = "Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    RestResponse<EnrolmentView> get(@PathParam("id") UUID id);

    @POST
    @Path("/{id}/transitions")
    @Operation(operationId = "transitionEnrolment", summary = "Withdraw, or record a no-show", description = "WITHDRAWN by the participant's party clients, the provider's side or the secretariat; it frees the seat for the first in line. NO_SHOW by the provider's side for a confirmed participant. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The enrolment in its new status", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", description = "The move is not allowed from the current status", content = @Content(mediaType = "application/problem+json"))
    RestResponse<EnrolmentView> transition(@PathParam("id") UUID id, @Valid @NotNull EnrolmentTransition body);

    @POST
    @Path("/{id}/result")
    @Operation(operationId = "recordEnrolmentResult", summary = "Record a participant's results", description = "The provider's side, for a CONFIRMED enrolment, once the cohort has reached its last day: from the start of `endDate` in the cohort's `timeZone` (a deployment may allow a grace before it). Meeting the cohort's criteria completes it and issues a certificate, valid from now but never before that day; otherwise it is FAILED. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "COMPLETED with `certificateId`, or FAILED", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    @APIResponse(responseCode = "409", description = "The enrolment is not CONFIRMED", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Too early: the cohort has not reached its last day (field `endDate`); nothing is recorded", content = @Content(mediaType = "application/problem+json"))
    RestResponse<EnrolmentView> result(@PathParam("id") UUID id, @Valid @NotNull ResultInput body);

    @POST
    @Path("/{id}/erasure")
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "eraseEnrolment", summary = "Erase a participant's personal data", description = "The secretariat only. Name and email are removed for good; party, organisation type and sex stay (they identify nobody on their own) so every count stays, and any certificate stays valid. Roles: secretariat.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The enrolment without personal data", content = @Content(schema = @Schema(implementation = EnrolmentView.class)))
    RestResponse<EnrolmentView> erase(@PathParam("id") UUID id);
}
