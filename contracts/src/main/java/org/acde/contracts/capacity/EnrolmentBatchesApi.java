package org.acde.contracts.capacity;

import java.io.InputStream;
import java.util.UUID;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Many enrolments in one cohort at once, for agencies' back-ends. A sub-resource of the cohort like the single create
 * ({@code POST /api/v1/cohorts/{cohortId}/enrolments}), whose bodies name no cohort, and a noun like every other action
 * path here: no {@code enrolments:batch} custom method, which no other path of the API uses.
 */
@Path("/api/v1/cohorts/{cohortId}/enrolment-batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Enrolments", description = "Applications for seats, waitlists, results and personal data")
public interface EnrolmentBatchesApi {

    String TEXT_CSV = "text/csv";
    /** The CSV columns, in any order; {@code sex} may be left out. */
    String CSV_EXAMPLE = "name,email,party,organisationType,sex,consent\n"
            + "Nguyen Thi Lan,lan.nguyen@mic.gov.vn,VN,GOVERNMENT,F,true\n"
            + "Tran Van Minh,minh.tran@mic.gov.vn,VN,GOVERNMENT,M,true\n"
            + "\"Pham, Thu Ha\",thuha.pham@example.vn,VN,ACADEMIA,,true\n";
    String JSON_EXAMPLE = "[{\"participant\": {\"name\": \"Nguyen Thi Lan\", \"email\": \"lan.nguyen@mic.gov.vn\", \"party\": \"VN\", \"organisationType\": \"GOVERNMENT\", \"sex\": \"F\", \"consent\": true}},"
            + " {\"participant\": {\"name\": \"Tran Van Minh\", \"email\": \"minh.tran@mic.gov.vn\", \"party\": \"VN\", \"organisationType\": \"GOVERNMENT\", \"sex\": \"M\", \"consent\": true}}]";

    @POST
    @Consumes({ MediaType.APPLICATION_JSON, TEXT_CSV })
    @Operation(operationId = "createEnrolmentBatch", summary = "Enrol up to 1,000 participants in a cohort",
            description = "Each row is decided as `createEnrolment` decides one, in request order, under the same seat, quota and"
                    + " waitlist rules: CREATED with a free seat of the participant's quota or an open one, else WAITLISTED, or"
                    + " REFUSED with the row's problem (nothing written for it). A broken row refuses only itself; rows of"
                    + " another party than the caller's are refused with 403. The whole batch runs under the cohort's lock,"
                    + " so concurrent batches and single enrolments never overbook. JSON: an array of `createEnrolment` bodies."
                    + " CSV (UTF-8, RFC 4180, a header row): columns `name`, `email`, `party`, `organisationType`, `consent`"
                    + " (`true`/`false`) and optionally `sex`, in any order; cells starting with `=`, `+`, `-`, `@`, a tab or a"
                    + " carriage return (spreadsheet formulas) are refused, in JSON too. Roles: secretariat, agency.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "Every row's result, in request order (also when some or all were refused)",
            content = @Content(schema = @Schema(implementation = EnrolmentBatchResult.class)))
    @APIResponse(responseCode = "400", description = "The body as a whole cannot be read: not a JSON array or not well-formed JSON, no rows, a CSV header that is missing, names an unknown column, repeats one or lacks a required one, or text that is not UTF-8; nothing was written", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "413", description = "More than 1,000 rows, or a body over 256 KiB; nothing was written", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "415", description = "The body is neither application/json nor text/csv (in UTF-8)", content = @Content(mediaType = "application/problem+json"))
    @APIResponse(responseCode = "422", description = "Enrolment is closed (outside the window, or the program is not published); nothing was written", content = @Content(mediaType = "application/problem+json"))
    RestResponse<EnrolmentBatchResult> enrolAll(@PathParam("cohortId") UUID cohortId,
            @Parameter(description = "Makes retries safe: the same key with the same body returns the first response") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Parameter(hidden = true) @HeaderParam("Content-Type") String contentType,
            @RequestBody(required = true, content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = EnrolmentInput.class, minItems = 1, maxItems = EnrolmentBatchResult.MAX_ROWS),
                            examples = @ExampleObject(name = "twoParticipants", summary = "Two officials of Viet Nam", value = JSON_EXAMPLE)),
                    @Content(mediaType = TEXT_CSV,
                            schema = @Schema(type = SchemaType.STRING, maxLength = 262144, description = "A header row, then one participant per row"),
                            examples = @ExampleObject(name = "threeParticipants", summary = "Three participants of Viet Nam, one name quoted", value = CSV_EXAMPLE)) })
            InputStream body);
}
