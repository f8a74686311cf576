package org.acde.initiatives.milestone;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.initiatives.MilestoneStatus;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

@Entity
public class Milestone extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID initiativeId;
    public String title;
    public LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    public MilestoneStatus status;

    public LocalDate completedOn;

    @Version
    public long version;
}
