package org.acde.matchmaking.organisation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.acde.contracts.matchmaking.GovernmentLevel;
import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.contracts.matchmaking.SizeBand;
import org.acde.contracts.reference.Party;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * An organisation of one party taking part in matchmaking, of any kind, owned by the client that registered it. Only
 * an enterprise has a size band and its basis, only a government agency a level, only an industry association a
 * member count (the database checks it too).
 */
@Entity
@Table(name = "organisation")
public class Organisation extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public OrganisationKind kind;

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

    @Enumerated(EnumType.STRING)
    public GovernmentLevel governmentLevel;

    public Integer memberCount;

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
