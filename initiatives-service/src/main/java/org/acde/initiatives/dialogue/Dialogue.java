package org.acde.initiatives.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;

import org.acde.contracts.dialogues.AgendaItem;
import org.acde.contracts.dialogues.DialogueKind;
import org.acde.contracts.reference.Party;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A meeting or event of the parties. Its parties live in their own table because lists filter on them. */
@Entity
public class Dialogue extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    public DialogueKind kind;

    public String title;
    public String titleLanguage;
    public LocalDate startDate;
    /** The last day; the start date for a meeting of one day, so date filters need no null case. */
    public LocalDate endDate;
    public String place;
    public boolean online;

    @Enumerated(EnumType.STRING)
    public Party hostParty;

    @ElementCollection
    @CollectionTable(name = "dialogue_party", joinColumns = @JoinColumn(name = "dialogue_id"))
    @Column(name = "party")
    @Enumerated(EnumType.STRING)
    @BatchSize(size = 100)
    public Set<Party> participatingParties = EnumSet.noneOf(Party.class);

    @JdbcTypeCode(SqlTypes.JSON)
    public List<AgendaItem> agenda = new ArrayList<>();

    public String createdBy;
    public Instant createdAt;
    public String updatedBy;
    public Instant updatedAt;

    @Version
    public long version;

    /** Whether the meeting has begun by {@code today}: only then can it have outcomes. */
    boolean hasBegunBy(LocalDate today) {
        return !startDate.isAfter(today);
    }
}
