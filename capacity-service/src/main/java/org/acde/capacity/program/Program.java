package org.acde.capacity.program;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.capacity.Audience;
import org.acde.contracts.capacity.Delivery;
import org.acde.contracts.capacity.ProgramStatus;
import org.acde.contracts.capacity.Topic;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A capacity-building program offered by an organisation of one party. */
@Entity
public class Program extends PanacheEntityBase {

    @Id
    public UUID id;

    public String title;
    /** BCP 47 tag of the title's language, as the client gave it; null when not given. */
    public String titleLanguage;
    public String description;
    public String descriptionLanguage;

    @Enumerated(EnumType.STRING)
    public Measure measure;

    /** Codes in the order given, as {@code varchar[]} of the enum names. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Topic> topics = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<Audience> audiences = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    public Party providerParty;

    public String providerOrganisation;

    @Enumerated(EnumType.STRING)
    public Delivery delivery;

    /** BCP 47 tags in the order given; the column {@code languages} is the JSON the previous version reads. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "language_tags")
    public List<String> languages = new ArrayList<>();

    public UUID initiativeId;
    public String initiativeCode;
    /** Cooperation needs (matchmaking-service) the program declares it answers; stored as given, not checked there. */
    public UUID[] answersNeeds;
    public Integer certificateValidityMonths;

    @Enumerated(EnumType.STRING)
    public ProgramStatus status;

    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;

    @Version
    public long version;
}
