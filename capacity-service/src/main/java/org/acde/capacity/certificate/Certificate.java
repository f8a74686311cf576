package org.acde.capacity.certificate;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An issued credential: the VC-JWT exactly as signed, and whether it was revoked. */
@Entity
public class Certificate extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID enrolmentId;
    public UUID programId;
    public UUID cohortId;
    public String jwt;
    public String keyId;
    public Instant issuedAt;
    public Instant validUntil;
    public Instant revokedAt;
    public String revokedBy;
    public String revocationReason;

    @Version
    public long version;
}
