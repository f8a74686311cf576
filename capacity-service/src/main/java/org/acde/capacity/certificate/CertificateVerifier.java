package org.acde.capacity.certificate;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.capacity.Verdict;
import org.acde.contracts.capacity.VerificationResult;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Judges any string presented as a credential. The signature is checked before anything in the payload is believed;
 * revocation comes from the database, expiry from the signed {@code exp}. Every outcome is a verdict, never an error.
 */
@ApplicationScoped
@Transactional(TxType.SUPPORTS)
public class CertificateVerifier {

    private static final String URN_UUID = "urn:uuid:";

    private final IssuerKeys keys;
    private final CertificateRepository certificates;
    private final OpenBadgeCredentials credentials;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    CertificateVerifier(IssuerKeys keys, CertificateRepository certificates, OpenBadgeCredentials credentials, Clock clock) {
        this.keys = keys;
        this.certificates = certificates;
        this.credentials = credentials;
        this.clock = clock;
    }

    public VerificationResult verify(String token) {
        Jws.Parsed parsed;
        try {
            parsed = Jws.parse(token, json);
        } catch (Jws.Malformed e) {
            return VerificationResult.of(Verdict.INVALID, "Not a credential of this issuer: " + e.getMessage());
        }
        Optional<Ed25519Key> key = keys.find(parsed.kid());
        if (key.isEmpty()) {
            return VerificationResult.of(Verdict.INVALID, "Signed with a key this issuer never had (kid " + abbreviate(parsed.kid())
                    + "); its keys are at /api/v1/certificates/jwks");
        }
        if (!key.get().verify(parsed.signingInput(), parsed.signature())) {
            return VerificationResult.of(Verdict.TAMPERED,
                    "The signature does not match the content: the credential was altered after it was issued, or forged");
        }
        JsonNode payload;
        try {
            payload = json.readTree(parsed.payload());
        } catch (JsonProcessingException e) {
            return VerificationResult.of(Verdict.INVALID, "The signed payload is not JSON");
        }
        UUID id = certificateId(payload);
        Optional<CertificateRepository.Standing> standing = id == null ? Optional.empty() : certificates.standing(id);
        if (standing.isEmpty() || !credentials.issuerId().equals(payload.path("iss").asText())) {
            return VerificationResult.of(Verdict.INVALID, "Signed by this issuer's key, but not a certificate it issued");
        }
        Instant now = Instant.now(clock);
        Instant validUntil = payload.hasNonNull("exp") ? Instant.ofEpochSecond(payload.get("exp").asLong()) : null;
        String achievement = payload.path("credentialSubject").path("achievement").path("name").asText(null);
        CertificateRepository.Standing certificate = standing.get();
        if (certificate.revokedAt() != null) {
            return genuine(Verdict.REVOKED, "Revoked on " + certificate.revokedAt() + ": " + certificate.revocationReason(),
                    id, certificate, achievement, validUntil);
        }
        if (validUntil != null && !now.isBefore(validUntil)) {
            return genuine(Verdict.EXPIRED, "Expired on " + validUntil, id, certificate, achievement, validUntil);
        }
        if (payload.hasNonNull("nbf") && now.isBefore(Instant.ofEpochSecond(payload.get("nbf").asLong()))) {
            return VerificationResult.of(Verdict.INVALID, "Not valid before " + Instant.ofEpochSecond(payload.get("nbf").asLong()));
        }
        return genuine(Verdict.VALID, "Issued by " + credentials.issuerId() + ", unaltered, not revoked and not expired",
                id, certificate, achievement, validUntil);
    }

    private static VerificationResult genuine(Verdict verdict, String detail, UUID id, CertificateRepository.Standing certificate,
            String achievement, Instant validUntil) {
        return new VerificationResult(verdict, detail, id, achievement, certificate.issuedAt(), validUntil,
                certificate.revokedAt(), certificate.revocationReason());
    }

    private static UUID certificateId(JsonNode payload) {
        String jti = payload.path("jti").asText("");
        if (!jti.startsWith(URN_UUID)) {
            return null;
        }
        try {
            return UUID.fromString(jti.substring(URN_UUID.length()));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 64 ? text : text.substring(0, 64) + "…";
    }
}
