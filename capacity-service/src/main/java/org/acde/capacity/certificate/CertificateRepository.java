package org.acde.capacity.certificate;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

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
}
