package org.acde.matchmaking.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.matchmaking.SizeBand;
import org.acde.contracts.reference.Party;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An enterprise of one party, owned by the client that registered it. */
@Entity
public class Enterprise extends PanacheEntityBase {

    @Id
    public UUID id;

    public String name;

    @Enumerated(EnumType.STRING)
    public Party party;

    public String registrationId;

    @Enumerated(EnumType.STRING)
    public SizeBand sizeBand;

    public Integer employees;
    public BigDecimal annualTurnoverAmount;
    public String annualTurnoverCurrency;
    public String sizeDefinition;

    /** ISIC section codes. */
    public String[] sectors;

    /** BCP 47 tags as given. */
    public String[] languages;

    public String website;
    public String description;

    public String contactPerson;
    public String contactEmail;
    public String contactPhone;

    public boolean verified;
    public String verifiedBy;
    public Instant verifiedAt;

    /** Who registered it and owns it, as {@code Caller.id()}: a client id, or {@code user:<sub>} for a person. */
    public String ownerClient;

    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;

    @Version
    public long version;
}
