package org.acde.capacity.cohort;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import org.acde.contracts.capacity.CohortInput;
import org.acde.contracts.capacity.Delivery;
import org.acde.contracts.capacity.SeatQuota;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;

/** Rules across a cohort's fields, checked before anything is written: 400 listing every field. */
final class CohortRules {

    private CohortRules() {
    }

    static void check(CohortInput input, Delivery delivery) {
        List<FieldError> errors = new ArrayList<>();
        List<SeatQuota> quotas = input.quotasOrEmpty();
        int reserved = quotas.stream().mapToInt(SeatQuota::seats).sum();
        if (reserved > input.seats()) {
            errors.add(new FieldError("quotas", "reserve " + reserved + " seats, more than the cohort's " + input.seats()));
        }
        if (input.endDate().isBefore(input.startDate())) {
            errors.add(new FieldError("endDate", "must not be before startDate"));
        }
        if (!input.enrolmentCloses().isAfter(input.enrolmentOpens())) {
            errors.add(new FieldError("enrolmentCloses", "must be after enrolmentOpens"));
        }
        ZoneId zone = zone(input.timeZone(), errors);
        if (zone != null && input.enrolmentCloses().isAfter(input.startDate().atStartOfDay(zone).toInstant())) {
            errors.add(new FieldError("enrolmentCloses", "must not be after the cohort starts ("
                    + input.startDate().atStartOfDay(zone).toOffsetDateTime() + ")"));
        }
        if (delivery != Delivery.ONLINE && (input.place() == null || input.place().isBlank())) {
            errors.add(new FieldError("place", "is required for " + delivery + " delivery"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static ZoneId zone(String id, List<FieldError> errors) {
        try {
            if (id.contains("/") || id.equals("UTC")) {
                return ZoneId.of(id);
            }
        } catch (DateTimeException e) {
            // reported below
        }
        errors.add(new FieldError("timeZone", "an IANA time zone, e.g. Asia/Ho_Chi_Minh"));
        return null;
    }
}
