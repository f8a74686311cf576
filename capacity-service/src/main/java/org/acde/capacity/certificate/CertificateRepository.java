package org.acde.capacity.certificate;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.reference.Party;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

@ApplicationScoped
public class CertificateRepository implements PanacheRepositoryBase<Certificate, UUID> {

    /** What verification needs from the database, read without loading the entity (it is on the hot path). */
    public record Standing(Instant issuedAt, Instant revokedAt, String revocationReason) {
    }

    public Optional<Standing> standing(UUID id) {
        return getEntityManager().createQuery("select c.issuedAt, c.revokedAt, c.revocationReason from Certificate c where c.id = :id",
                Object[].class).setParameter("id", id).getResultStream().findFirst()
                .map(row -> new Standing((Instant) row[0], (Instant) row[1], (String) row[2]));
    }

    /** The party of the participant it was issued to: its enrolment's. */
    public Party participantParty(Certificate certificate) {
        return getEntityManager().createQuery("select e.party from Enrolment e where e.id = :id", Party.class)
                .setParameter("id", certificate.enrolmentId).getSingleResult();
    }
}
