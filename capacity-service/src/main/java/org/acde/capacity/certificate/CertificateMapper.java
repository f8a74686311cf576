package org.acde.capacity.certificate;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.acde.contracts.capacity.CertificateStatus;
import org.acde.contracts.capacity.CertificateView;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Between the certificate entity and its API representation. */
final class CertificateMapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CertificateMapper() {
    }

    /** The view with the credential decoded from the stored JWT. */
    static CertificateView toView(Certificate certificate) {
        String payload = certificate.jwt.split("\\.")[1];
        try {
            return new CertificateView(certificate.id, certificate.programId, certificate.cohortId,
                    certificate.revokedAt == null ? CertificateStatus.ACTIVE : CertificateStatus.REVOKED,
                    certificate.issuedAt, certificate.validUntil, certificate.revokedAt, certificate.revocationReason,
                    certificate.jwt, JSON.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored certificate " + certificate.id + " has an unreadable payload", e);
        }
    }
}
