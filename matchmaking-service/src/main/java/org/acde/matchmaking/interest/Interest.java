package org.acde.matchmaking.interest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.matchmaking.InterestStatus;
import org.acde.contracts.matchmaking.PartnershipType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An expression of interest of one enterprise in another's opportunity. */
@Entity
public class Interest extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID opportunityId;
    /** The interested enterprise. */
    public UUID enterpriseId;
    public UUID fromOpportunityId;

    public UUID opportunityEnterpriseId;
    public String opportunityOwner;
    public String interestedOwner;

    public String message;

    @Enumerated(EnumType.STRING)
    public PartnershipType partnershipType;

    @Enumerated(EnumType.STRING)
    public InterestStatus status;

    public Instant expiresAt;
    public Instant decidedAt;
    public Instant acceptedAt;

    @Enumerated(EnumType.STRING)
    public PartnershipType agreementType;
    public LocalDate agreementDate;

    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;

    @Version
    public long version;
}
