package org.acde.initiatives.dialogue;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.acde.contracts.dialogues.OutcomeKind;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** What a dialogue did about one initiative. Never changed once recorded. */
@Entity
@Table(name = "dialogue_outcome")
public class Outcome extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID dialogueId;
    public UUID initiativeId;
    public String initiativeCode;

    @Enumerated(EnumType.STRING)
    public OutcomeKind kind;

    public String note;
    public String recordedBy;
    public Instant recordedAt;

    @Version
    public long version;
}
