package org.acde.capacity.certificate;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.capacity.program.Program;
import org.acde.capacity.program.ProgramAccess;
import org.acde.contracts.capacity.CertificateView;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.log.CommitLog;
import org.jboss.logging.Logger;

/** Publishing and revoking issued certificates. */
@ApplicationScoped
@Transactional
public class CertificateService {

    private static final Logger LOG = Logger.getLogger(CertificateService.class);

    private final CertificateRepository certificates;
    private final ProgramAccess programs;
    private final Caller caller;
    private final Timestamps timestamps;
    private final CertificateEvents events;
    private final CommitLog log;

    CertificateService(CertificateRepository certificates, ProgramAccess programs, Caller caller, Timestamps timestamps,
            CertificateEvents events, CommitLog log) {
        this.certificates = certificates;
        this.programs = programs;
        this.caller = caller;
        this.timestamps = timestamps;
        this.events = events;
        this.log = log;
    }

    @Transactional(TxType.SUPPORTS)
    public CertificateView get(UUID id) {
        return CertificateMapper.toView(certificates.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Certificate", id)));
    }

    /** The provider's side or the secretariat; the reason is shown to everyone who verifies the certificate. */
    public CertificateView revoke(UUID id, String reason) {
        Certificate certificate = certificates.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Certificate", id));
        Program program = programs.managed(certificate.programId);
        if (certificate.revokedAt != null) {
            throw new ProblemException(ProblemType.CONFLICT, "The certificate was already revoked on " + certificate.revokedAt,
                    List.of(), Map.of("revocationReason", certificate.revocationReason), Map.of());
        }
        certificate.revokedAt = timestamps.now();
        certificate.revokedBy = caller.name();
        certificate.revocationReason = reason.strip();
        // Written within the request, so a clash with a concurrent change is answered (412/409), not a failed commit.
        certificates.flush();
        events.revoked(certificate, program);
        log.info(LOG, "Revoked certificate %s (enrolment %s, program %s) by %s", certificate.id, certificate.enrolmentId,
                program.id, caller.id());
        return CertificateMapper.toView(certificate);
    }
}
