package org.acde.capacity.enrolment;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.capacity.EnrolmentStatus;
import org.acde.contracts.reference.Party;
import org.acde.contracts.reference.Sex;
import org.acde.contracts.reference.StakeholderType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A participant's place in a cohort: a seat, a place on the waitlist, or how it ended. */
@Entity
public class Enrolment extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID cohortId;
    public UUID programId;
    public long position;

    @Column(name = "participant_name")
    public String name;

    @Column(name = "participant_email")
    public String email;

    @Enumerated(EnumType.STRING)
    public Sex sex;

    @Enumerated(EnumType.STRING)
    public Party party;

    @Enumerated(EnumType.STRING)
    public StakeholderType organisationType;

    public Instant consentedAt;

    @Enumerated(EnumType.STRING)
    public EnrolmentStatus status;

    /** A party code for a reserved seat, {@code OPEN} for an open one, null without a seat. */
    public String seat;

    public Integer attendancePercent;
    public Integer score;
    public String statusReason;
    public UUID certificateId;
    public Instant erasedAt;
    public String enrolledBy;
    public Instant appliedAt;
    public Instant updatedAt;

    @Version
    public long version;
}
