package org.acde.capacity.certificate;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.capacity.program.ProgramAccess;
import org.acde.contracts.capacity.CertificateStatus;
import org.acde.contracts.capacity.CertificateView;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.contracts.security.Caller;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Publishing and revoking issued certificates. */
@ApplicationScoped
@Transactional
public class CertificateService {

    private final CertificateRepository certificates;
    private final ProgramAccess programs;
    private final Caller caller;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    CertificateService(CertificateRepository certificates, ProgramAccess programs, Caller caller, Clock clock) {
        this.certificates = certificates;
        this.programs = programs;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional(TxType.SUPPORTS)
    public CertificateView get(UUID id) {
        return toView(certificates.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Certificate", id)));
    }

    /** The provider's side or the secretariat; the reason is shown to everyone who verifies the certificate. */
    public CertificateView revoke(UUID id, String reason) {
        Certificate certificate = certificates.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Certificate", id));
        programs.managed(certificate.programId);
        if (certificate.revokedAt != null) {
            throw new ProblemException(ProblemType.CONFLICT, "The certificate was already revoked on " + certificate.revokedAt,
                    List.of(), Map.of("revocationReason", certificate.revocationReason), Map.of());
        }
        certificate.revokedAt = Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
        certificate.revokedBy = caller.name();
        certificate.revocationReason = reason.strip();
        certificates.flush();
        return toView(certificate);
    }

    private CertificateView toView(Certificate certificate) {
        String payload = certificate.jwt.split("\\.")[1];
        try {
            return new CertificateView(certificate.id, certificate.programId, certificate.cohortId,
                    certificate.revokedAt == null ? CertificateStatus.ACTIVE : CertificateStatus.REVOKED,
                    certificate.issuedAt, certificate.validUntil, certificate.revokedAt, certificate.revocationReason,
                    certificate.jwt, json.readTree(new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored certificate " + certificate.id + " has an unreadable payload", e);
        }
    }
}
