package org.acde.contracts.capacity;

import java.util.Map;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirements;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Certificates: Open Badges 3.0 credentials signed as VC-JWT, public to fetch and verify. */
@Path("/api/v1/certificates")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Certificates", description = "Open Badges 3.0 credentials, their verification and the issuer's keys")
public interface CertificatesApi {

    @GET
    @Path("/{id}")
    @Operation(operationId = "getCertificate", summary = "Fetch a certificate", description = "Public: the signed credential, its decoded content and whether it was revoked.")
    @SecurityRequirementsSet({})
    @SecurityRequirementsSet(@SecurityRequirement(name = "keycloak"))
    RestResponse<CertificateView> get(@PathParam("id") UUID id);

    @POST
    @Path("/verify")
    @Operation(operationId = "verifyCertificate", summary = "Verify a credential", description = "Public. Always 200 with a verdict for any string given: VALID, TAMPERED (one of our keys, but the signature does not match), REVOKED, EXPIRED or INVALID (not a credential of this service).")
    @SecurityRequirements
    VerificationResult verify(@Valid @NotNull VerificationRequest body);

    @POST
    @Path("/{id}/revocation")
    @Operation(operationId = "revokeCertificate", summary = "Revoke a certificate", description = "The provider's side or the secretariat, with a reason every verifier sees. Roles: secretariat, agency, partner.")
    @SecurityRequirement(name = "keycloak")
    @APIResponse(responseCode = "200", description = "The revoked certificate", content = @Content(schema = @Schema(implementation = CertificateView.class)))
    @APIResponse(responseCode = "409", description = "Already revoked", content = @Content(mediaType = "application/problem+json"))
    RestResponse<CertificateView> revoke(@PathParam("id") UUID id, @Valid @NotNull RevocationRequest body);

    @GET
    @Path("/jwks")
    @Operation(operationId = "getCertificateKeys", summary = "The issuer's public keys (JWKS)", description = "The current signing key and every retired one, so certificates signed before a key rotation still verify.")
    @SecurityRequirements
    Map<String, Object> jwks();

    @GET
    @Path("/issuer")
    @Operation(operationId = "getCertificateIssuer", summary = "The issuer's Open Badges profile", description = "What `issuer.id` in every credential resolves to.")
    @SecurityRequirements
    Map<String, Object> issuer();
}
