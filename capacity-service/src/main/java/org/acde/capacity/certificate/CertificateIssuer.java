package org.acde.capacity.certificate;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.capacity.cohort.Cohort;
import org.acde.capacity.program.Program;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Issues a certificate as a VC-JWT in the Open Badges 3.0 way: the JWT payload is the credential itself, with
 * {@code iss}, {@code jti}, {@code nbf} and (when it expires) {@code exp} added from issuer, id, validFrom and
 * validUntil, signed with the current key.
 */
@ApplicationScoped
@Transactional(TxType.MANDATORY)
public class CertificateIssuer {

    private final CertificateRepository certificates;
    private final OpenBadgeCredentials credentials;
    private final IssuerKeys keys;
    private final CertificateEvents events;
    private final ObjectMapper json = new ObjectMapper();

    CertificateIssuer(CertificateRepository certificates, OpenBadgeCredentials credentials, IssuerKeys keys,
            CertificateEvents events) {
        this.certificates = certificates;
        this.credentials = credentials;
        this.keys = keys;
        this.events = events;
    }

    /**
     * Issues, in the caller's transaction, the certificate of a completed enrolment; returns its id. It is valid from
     * now, or from the start of the cohort's last day if results were recorded before it (a grace the configuration
     * may allow): never before the cohort ends.
     */
    public UUID issue(Program program, Cohort cohort, Recipient recipient, Instant now) {
        UUID id = UUID.randomUUID();
        Instant lastDay = cohort.lastDayStart();
        Instant validFrom = (now.isBefore(lastDay) ? lastDay : now).truncatedTo(ChronoUnit.SECONDS);
        Instant validUntil = program.certificateValidityMonths == null ? null
                : validFrom.atZone(ZoneOffset.UTC).plusMonths(program.certificateValidityMonths).toInstant();
        ObjectNode payload = credentials.build(id, program, cohort, recipient, validFrom, validUntil);
        payload.put("iss", credentials.issuerId());
        payload.put("jti", "urn:uuid:" + id);
        payload.put("nbf", validFrom.getEpochSecond());
        if (validUntil != null) {
            payload.put("exp", validUntil.getEpochSecond());
        }
        Ed25519Key key = keys.current();
        Certificate certificate = new Certificate();
        certificate.id = id;
        certificate.enrolmentId = recipient.enrolmentId();
        certificate.programId = program.id;
        certificate.cohortId = cohort.id;
        certificate.jwt = Jws.sign(payload, key, json);
        certificate.keyId = key.kid();
        certificate.issuedAt = validFrom;
        certificate.validUntil = validUntil;
        certificates.persist(certificate);
        events.issued(certificate, program);
        return id;
    }
}
