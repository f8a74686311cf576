package org.acde.matchmaking.need;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.needs.NeedKind;
import org.acde.contracts.needs.NeedStatus;
import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A cooperation need of one party. Vocabulary lists are stored as their codes. */
@Entity
public class Need extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public Party party;

    @Enumerated(EnumType.STRING)
    public NeedKind kind;

    @Enumerated(EnumType.STRING)
    public Measure measure;

    public String[] subAreas;
    public String title;
    public String titleLanguage;
    public String description;
    public String descriptionLanguage;
    public String[] audiences;
    public Integer audienceSize;
    public String[] technologies;
    public String[] sectors;
    public String[] languages;
    public LocalDate startsOn;
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    public NeedStatus status;

    public String statusReason;

    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;

    @Version
    public long version;
}
