package org.acde.capacity.enrolment;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.capacity.cohort.Cohort;
import org.acde.capacity.cohort.CohortRepository;
import org.acde.capacity.cohort.SeatPlan;
import org.acde.contracts.capacity.EnrolmentStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;

/**
 * Decides seats so that a cohort is never overbooked and its waitlists are first come, first served.
 *
 * <p>Concurrency: every operation that takes or frees a seat first locks the cohort's row
 * ({@code SELECT ... FOR UPDATE}, see {@link CohortRepository#lock}) and holds the lock until its transaction
 * commits. Concurrent enrolments in one cohort therefore run one after the other, in the order they obtain the lock,
 * which is their arrival order: each takes {@code max(position) + 1}. Under READ COMMITTED, every statement that
 * follows the lock sees all rows committed before it, so the seat counts, the duplicate-email check and the next
 * position read after locking include every earlier enrolment: no two transactions can both see the last free seat.
 * Cohorts do not block each other, and readers never wait (they do not lock). The unique index on
 * (cohort, lower(email)) and the unique (cohort, position) constraint back this up in the schema.
 */
@ApplicationScoped
public class SeatAllocator {

    private final CohortRepository cohorts;
    private final EnrolmentRepository enrolments;

    SeatAllocator(CohortRepository cohorts, EnrolmentRepository enrolments) {
        this.cohorts = cohorts;
        this.enrolments = enrolments;
    }

    /** Locks the cohort for the rest of the transaction; see the class comment. */
    public Cohort lock(UUID cohortId) {
        return cohorts.lock(cohortId).orElseThrow(() -> ProblemException.notFound("Cohort", cohortId));
    }

    /** Gives a new enrolment its arrival position and a seat if one of its buckets has room, else the waitlist. */
    void admit(Cohort locked, Enrolment enrolment) {
        admission(locked).admit(enrolment);
    }

    /**
     * Admits newcomers one after the other under the cohort's lock, reading the next position and the seats taken once
     * and keeping them current as it goes: what a batch needs, without two queries per row.
     */
    Admission admission(Cohort locked) {
        return new Admission(locked.seatPlan(), enrolments.nextPosition(locked.id), enrolments.seatsTaken(locked.id));
    }

    static final class Admission {

        private final SeatPlan plan;
        private final Map<String, Long> taken;
        private long nextPosition;

        private Admission(SeatPlan plan, long nextPosition, Map<String, Long> taken) {
            this.plan = plan;
            this.nextPosition = nextPosition;
            this.taken = taken;
        }

        void admit(Enrolment enrolment) {
            enrolment.position = nextPosition++;
            Optional<String> seat = plan.seatFor(enrolment.party, taken);
            seat.ifPresent(bucket -> taken.merge(bucket, 1L, Long::sum));
            enrolment.seat = seat.orElse(null);
            enrolment.status = seat.isPresent() ? EnrolmentStatus.CONFIRMED : EnrolmentStatus.WAITLISTED;
        }
    }

    /** A seat change a freed seat brought about: a participant promoted from the waitlist, or moved to another seat. */
    record Move(Enrolment enrolment, boolean promoted) {
    }

    /**
     * Hands a freed seat to the first in line for it. A reserved seat goes to the longest-waiting participant of its
     * party; with none waiting, the earliest participant of that party in an open seat moves into it, freeing that
     * open seat instead. An open seat goes to the longest-waiting participant of any party (whose own reserved seats,
     * if any, are all taken: otherwise they would not be waiting). Returns the moves in the order they were made.
     */
    List<Move> release(Cohort locked, String seat, Instant now) {
        List<Move> moves = new ArrayList<>();
        String bucket = seat;
        while (bucket != null) {
            if (bucket.equals(SeatPlan.OPEN)) {
                enrolments.firstWaitlisted(locked.id, null).ifPresent(next -> moves.add(confirm(next, SeatPlan.OPEN, now)));
                return moves;
            }
            Party party = Party.valueOf(bucket);
            Optional<Enrolment> waiting = enrolments.firstWaitlisted(locked.id, party);
            if (waiting.isPresent()) {
                moves.add(confirm(waiting.get(), bucket, now));
                return moves;
            }
            Optional<Enrolment> inOpenSeat = enrolments.firstConfirmedIn(locked.id, party, SeatPlan.OPEN);
            if (inOpenSeat.isEmpty()) {
                return moves;
            }
            inOpenSeat.get().seat = bucket;
            inOpenSeat.get().updatedAt = now;
            moves.add(new Move(inOpenSeat.get(), false));
            bucket = SeatPlan.OPEN;
        }
        return moves;
    }

    private static Move confirm(Enrolment enrolment, String seat, Instant now) {
        enrolment.status = EnrolmentStatus.CONFIRMED;
        enrolment.seat = seat;
        enrolment.updatedAt = now;
        return new Move(enrolment, true);
    }
}
