package org.acde.initiatives.dialogue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.dialogues.AgendaItem;
import org.acde.contracts.dialogues.DialogueKind;
import org.acde.contracts.reference.Party;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A meeting or event of the parties. */
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

    /** The parties taking part (the host included), as {@code varchar[]} of the enum names. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.ARRAY)
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
