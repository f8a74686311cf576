package org.acde.capacity.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import org.acde.capacity.enrolment.EnrolmentService.OpenCohort;
import org.acde.contracts.capacity.EnrolmentBatchOutcome;
import org.acde.contracts.capacity.EnrolmentBatchResult;
import org.acde.contracts.capacity.EnrolmentBatchRow;
import org.acde.contracts.capacity.EnrolmentStatus;
import org.acde.contracts.capacity.Participant;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.Problem;
import org.acde.contracts.problem.ProblemType;
import org.acde.kernel.problem.Problems;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;

/**
 * Enrols a batch's rows in request order, each as {@link EnrolmentService#enrol} enrols one: same window, ownership,
 * duplicate-email, seat, quota and waitlist rules.
 *
 * <p>One transaction holds the cohort's lock for the whole batch (see {@link SeatAllocator}): a concurrent batch or
 * single enrolment in the cohort waits for it, then sees every seat it took, so nothing is ever overbooked. Every rule
 * of a row is decided before it is written, and a row is one insert, so a refused row writes nothing and an accepted
 * one is whole; should the database fail all the same, the whole batch rolls back (and its Idempotency-Key is freed),
 * never part of it.
 */
@ApplicationScoped
@Transactional
public class EnrolmentBatchService {

    private final EnrolmentService single;
    private final EnrolmentRepository enrolments;
    private final SeatAllocator seats;
    private final EnrolmentAccess access;
    private final Caller caller;
    private final Timestamps timestamps;
    private final EnrolmentEvents events;

    EnrolmentBatchService(EnrolmentService single, EnrolmentRepository enrolments, SeatAllocator seats,
            EnrolmentAccess access, Caller caller, Timestamps timestamps, EnrolmentEvents events) {
        this.single = single;
        this.enrolments = enrolments;
        this.seats = seats;
        this.access = access;
        this.caller = caller;
        this.timestamps = timestamps;
        this.events = events;
    }

    public EnrolmentBatchResult enrol(UUID cohortId, EnrolmentBatch batch, String instance) {
        Instant now = timestamps.now();
        OpenCohort open = single.lockOpen(cohortId, now);
        List<String> emails = batch.rows().stream().filter(row -> row.input() != null)
                .map(row -> lower(row.input().participant().email())).distinct().toList();
        Set<String> taken = enrolments.emailsTaken(cohortId, emails);
        Map<String, Integer> firstRowOf = new HashMap<>();
        SeatAllocator.Admission admission = seats.admission(open.cohort());
        List<EnrolmentBatchRow> results = new ArrayList<>(batch.rows().size());
        List<Enrolment> admitted = new ArrayList<>(batch.rows().size());
        int created = 0;
        int waitlisted = 0;
        for (BatchRow row : batch.rows()) {
            Problem refusal = refusal(row, taken, firstRowOf, instance);
            if (refusal != null) {
                results.add(new EnrolmentBatchRow(row.number(), EnrolmentBatchOutcome.REFUSED, null, null, refusal));
                continue;
            }
            Enrolment enrolment = EnrolmentMapper.toEntity(row.input().participant(), open.cohort(), caller.name(), now);
            admission.admit(enrolment);
            enrolments.persist(enrolment);
            admitted.add(enrolment);
            boolean seated = enrolment.status == EnrolmentStatus.CONFIRMED;
            created += seated ? 1 : 0;
            waitlisted += seated ? 0 : 1;
            results.add(new EnrolmentBatchRow(row.number(), seated ? EnrolmentBatchOutcome.CREATED : EnrolmentBatchOutcome.WAITLISTED,
                    enrolment.id, EnrolmentService.location(enrolment).toString(), null));
        }
        // Written within the request, so a clash with a concurrent change is answered (412/409), not a failed commit.
        enrolments.flush();
        events.enrolled(admitted, open.program());
        return new EnrolmentBatchResult(cohortId, created, waitlisted, results.size() - created - waitlisted, results);
    }

    /** Why this row is refused, in the order the single create checks, or null if it is enrolled. */
    private Problem refusal(BatchRow row, Set<String> taken, Map<String, Integer> firstRowOf, String instance) {
        if (!row.errors().isEmpty()) {
            List<FieldError> errors = row.errors();
            String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                    : errors.size() + " fields are invalid";
            return problem(ProblemType.VALIDATION, detail, instance, errors);
        }
        Participant participant = row.input().participant();
        if (!access.enrols(participant.party())) {
            return problem(ProblemType.FORBIDDEN, "A party client enrols participants of its own party; this one is of "
                    + participant.party(), instance, List.of());
        }
        String email = lower(participant.email());
        if (taken.contains(email)) {
            return problem(ProblemType.CONFLICT, "This email is already enrolled in the cohort", instance, List.of());
        }
        Integer earlier = firstRowOf.putIfAbsent(email, row.number());
        if (earlier != null) {
            return problem(ProblemType.CONFLICT, "This email is in row " + earlier + " of this batch already", instance, List.of());
        }
        return null;
    }

    private static Problem problem(ProblemType type, String detail, String instance, List<FieldError> errors) {
        return Problems.of(type, type.status(), detail, instance, errors, Map.of());
    }

    private static String lower(String email) {
        return email.toLowerCase(Locale.ROOT);
    }
}
