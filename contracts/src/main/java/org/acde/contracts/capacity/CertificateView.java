package org.acde.contracts.capacity;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A certificate as published: the signed VC-JWT and its decoded Open Badges 3.0 credential. The recipient appears
 * only as a salted hash of their email, so the public page carries no personal data.
 */
@Schema(requiredProperties = { "id", "programId", "cohortId", "status", "issuedAt", "jwt", "credential" }, description = "An issued certificate")
public record CertificateView(
        UUID id,
        UUID programId,
        UUID cohortId,
        CertificateStatus status,
        Instant issuedAt,
        @Schema(description = "Absent when the certificate does not expire") Instant validUntil,
        Instant revokedAt,
        String revocationReason,
        @Schema(description = "The OpenBadgeCredential signed as a VC-JWT (compact JWS, EdDSA); what holders present to verify") String jwt,
        @Schema(type = SchemaType.OBJECT, additionalProperties = Schema.True.class, description = "The JWT's payload: the OpenBadgeCredential (Open Badges 3.0, W3C Verifiable Credentials) as a JSON object") JsonNode credential) {
}
