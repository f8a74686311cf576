package org.acde.initiatives.initiative;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.acde.contracts.initiatives.FieldChange;
import org.acde.contracts.initiatives.HistoryEntry;
import org.acde.contracts.initiatives.InitiativeStatus;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One entry of an initiative's history; written in the same transaction as the change it records. */
@Entity
@Table(name = "initiative_event")
public class InitiativeEvent extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID initiativeId;

    public Instant at;

    @Column(name = "by_client")
    public String by;

    @Enumerated(EnumType.STRING)
    public HistoryEntry.Kind kind;

    @Enumerated(EnumType.STRING)
    public InitiativeStatus fromStatus;

    @Enumerated(EnumType.STRING)
    public InitiativeStatus toStatus;

    public String reason;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<FieldChange> changes = new ArrayList<>();

    /** The dialogue an endorsement names; null for every other entry. */
    public UUID dialogueId;
}
