package org.acde.capacity.certificate;

import java.util.EnumSet;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.capacity.program.Program;
import org.acde.capacity.program.ProgramAccess;
import org.acde.contracts.reference.Party;
import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/**
 * The events of certificates, recorded in the transaction of each change. Anyone may read a certificate whose id they
 * know, but only those who may read its enrolment learn the id: the events go to them, so the feed does not list
 * every certificate (with its salted email hash) to the world.
 */
@ApplicationScoped
public class CertificateEvents {

    /** What happened to a certificate; {@link #type} is the CloudEvents type. */
    public enum Type {
        ISSUED, REVOKED;

        public final String type = "org.acde.capacity.certificate." + name().toLowerCase(Locale.ROOT);
    }

    private final Outbox outbox;
    private final CertificateRepository certificates;
    private final ProgramAccess programs;

    CertificateEvents(Outbox outbox, CertificateRepository certificates, ProgramAccess programs) {
        this.outbox = outbox;
        this.certificates = certificates;
        this.programs = programs;
    }

    void issued(Certificate certificate, Program program) {
        record(Type.ISSUED, certificate, program);
    }

    void revoked(Certificate certificate, Program program) {
        record(Type.REVOKED, certificate, program);
    }

    private void record(Type type, Certificate certificate, Program program) {
        Party participant = certificates.participantParty(certificate);
        outbox.record(new DomainEvent(type.type, "certificate", certificate.id.toString(), "/api/v1/certificates/" + certificate.id,
                EnumSet.of(participant, program.providerParty), programs.participantReaders(program, participant),
                CertificateMapper.toView(certificate)));
    }
}
