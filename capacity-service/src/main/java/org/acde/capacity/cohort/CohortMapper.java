package org.acde.capacity.cohort;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.acde.contracts.capacity.CohortInput;
import org.acde.contracts.capacity.CohortView;
import org.acde.contracts.capacity.EnrolmentStatus;

/** Between the cohort entity and its API representations. */
final class CohortMapper {

    private CohortMapper() {
    }

    static CohortView toView(Cohort e, Map<String, Long> byStatus) {
        long taken = byStatus.entrySet().stream()
                .filter(entry -> !entry.getKey().equals(EnrolmentStatus.WAITLISTED.name())
                        && !entry.getKey().equals(EnrolmentStatus.WITHDRAWN.name()))
                .mapToLong(Map.Entry::getValue).sum();
        return new CohortView(e.id, e.programId, e.startDate, e.endDate, e.enrolmentOpens, e.enrolmentCloses, e.timeZone,
                e.place, e.seats, List.copyOf(e.quotas), e.completion(), taken,
                byStatus.getOrDefault(EnrolmentStatus.WAITLISTED.name(), 0L), e.createdAt, e.updatedAt);
    }

    /** The schedule, place and criteria; seats and quotas are set once, at creation. */
    static void applySchedule(CohortInput in, Cohort e) {
        e.startDate = in.startDate();
        e.endDate = in.endDate();
        e.enrolmentOpens = in.enrolmentOpens();
        e.enrolmentCloses = in.enrolmentCloses();
        e.timeZone = in.timeZone();
        e.place = in.place() == null || in.place().isBlank() ? null : in.place().strip();
        e.minAttendancePercent = in.completion().minAttendancePercent();
        e.passMark = in.completion().passMark();
    }

    static void applySeats(CohortInput in, Cohort e) {
        e.seats = in.seats();
        e.quotas = new ArrayList<>(in.quotasOrEmpty());
    }
}
