package org.acde.capacity.cohort;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import org.acde.contracts.capacity.CompletionCriteria;
import org.acde.contracts.capacity.SeatQuota;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One run of a program: its schedule, seats with per-party quotas, and completion criteria. */
@Entity
public class Cohort extends PanacheEntityBase {

    @Id
    public UUID id;

    public UUID programId;
    public LocalDate startDate;
    public LocalDate endDate;
    public Instant enrolmentOpens;
    public Instant enrolmentCloses;
    public String timeZone;
    public String place;
    public int seats;

    @JdbcTypeCode(SqlTypes.JSON)
    public List<SeatQuota> quotas = new ArrayList<>();

    public int minAttendancePercent;
    public Integer passMark;

    public Instant createdAt;
    public Instant updatedAt;

    @Version
    public long version;

    public CompletionCriteria completion() {
        return new CompletionCriteria(minAttendancePercent, passMark);
    }

    public SeatPlan seatPlan() {
        return new SeatPlan(seats, quotas);
    }

    public boolean acceptsEnrolmentAt(Instant when) {
        return !when.isBefore(enrolmentOpens) && when.isBefore(enrolmentCloses);
    }

    /**
     * The start of the cohort's last day. Its dates are days in its own time zone, so that is where the last day
     * begins; in UTC it would begin hours early or late.
     */
    public Instant lastDayStart() {
        return lastDayStart(endDate, timeZone);
    }

    static Instant lastDayStart(LocalDate endDate, String timeZone) {
        return endDate.atStartOfDay(ZoneId.of(timeZone)).toInstant();
    }
}
