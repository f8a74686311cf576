package org.acde.matchmaking.opportunity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.matchmaking.DevelopmentStage;
import org.acde.contracts.matchmaking.OpportunityStatus;
import org.acde.contracts.matchmaking.OpportunityType;
import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.contracts.matchmaking.SizeBand;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A partnering profile of one organisation. Party, size band, kind, languages and owner are copies of the organisation's. */
@Entity
public class Opportunity extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID enterpriseId;

    @Enumerated(EnumType.STRING)
    public Party party;

    /** Absent for organisations other than enterprises. */
    @Enumerated(EnumType.STRING)
    public SizeBand sizeBand;

    @Enumerated(EnumType.STRING)
    public OrganisationKind organisationKind;

    public String[] languages;
    public String ownerClient;

    @Enumerated(EnumType.STRING)
    public OpportunityType type;

    public String title;
    /** BCP 47 tag of the title's language, as the client gave it; null when not given. */
    public String titleLanguage;
    public String summary;
    public String summaryLanguage;

    /** Technology codes of the controlled vocabulary. */
    public String[] technologies;
    public String[] keywords;
    /** ISIC section codes. */
    public String[] sectors;
    /** Party codes; empty for all parties. */
    public String[] targetParties;
    public String[] partnershipTypes;

    @Enumerated(EnumType.STRING)
    public DevelopmentStage stage;

    @Enumerated(EnumType.STRING)
    public Measure measure;

    public UUID initiativeId;
    public String initiativeCode;

    @Enumerated(EnumType.STRING)
    public OpportunityStatus status;

    public LocalDate expiresOn;
    /** Needs this offer declares it answers; checked against the need table when written. */
    public UUID[] answersNeeds;
    public Instant publishedAt;

    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;

    @Version
    public long version;
}
