package org.acde.capacity.enrolment;

import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.capacity.certificate.CertificateIssuer;
import org.acde.capacity.certificate.Recipient;
import org.acde.capacity.cohort.Cohort;
import org.acde.capacity.cohort.CohortAccess;
import org.acde.capacity.enrolment.SeatAllocator.Move;
import org.acde.capacity.program.Program;
import org.acde.capacity.program.ProgramAccess;
import org.acde.contracts.capacity.EnrolmentInput;
import org.acde.contracts.capacity.EnrolmentQuery;
import org.acde.contracts.capacity.EnrolmentStatus;
import org.acde.contracts.capacity.EnrolmentTransition;
import org.acde.contracts.capacity.EnrolmentView;
import org.acde.contracts.capacity.Participant;
import org.acde.contracts.capacity.ProgramStatus;
import org.acde.contracts.capacity.ResultInput;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.idempotency.Idempotency;
import org.acde.platform.lifecycle.TransitionLog;
import org.acde.platform.lifecycle.Transitions;
import org.acde.platform.log.CommitLog;
import org.acde.platform.persistence.Keyset;
import org.jboss.logging.Logger;

/** Owns the rules of enrolments: who enrols whom and when, withdrawals, results and erasure. */
@ApplicationScoped
@Transactional
public class EnrolmentService {

    private static final Logger LOG = Logger.getLogger(EnrolmentService.class);

    private static final Keyset<Enrolment> KEYSET = Keyset.of(Enrolment.class)
            .field("position", "position", Long::valueOf, e -> e.position)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("position")
            .build();

    /**
     * The moves a client asks for: CONFIRMED → WITHDRAWN | NO_SHOW, WAITLISTED → WITHDRAWN. Results decide COMPLETED
     * and FAILED, and the seat allocator confirms a waiting enrolment when a seat frees.
     */
    static final Transitions<EnrolmentStatus> LIFECYCLE = Transitions.of(EnrolmentStatus.class, "enrolment")
            .from(EnrolmentStatus.CONFIRMED, EnrolmentStatus.WITHDRAWN, EnrolmentStatus.NO_SHOW)
            .from(EnrolmentStatus.WAITLISTED, EnrolmentStatus.WITHDRAWN)
            .build();

    private final EnrolmentRepository enrolments;
    private final EnrolmentAccess access;
    private final SeatAllocator seats;
    private final CohortAccess cohorts;
    private final ProgramAccess programs;
    private final CertificateIssuer certificates;
    private final CursorCodec cursors;
    private final Caller caller;
    private final Timestamps timestamps;
    private final TransitionLog transitions;
    private final Idempotency idempotency;
    private final ResultsConfig config;
    private final EnrolmentEvents events;
    private final CommitLog log;

    EnrolmentService(EnrolmentRepository enrolments, EnrolmentAccess access, SeatAllocator seats, CohortAccess cohorts,
            ProgramAccess programs, CertificateIssuer certificates, CursorCodec cursors, Caller caller,
            Timestamps timestamps, TransitionLog transitions, Idempotency idempotency, ResultsConfig config,
            EnrolmentEvents events, CommitLog log) {
        this.enrolments = enrolments;
        this.access = access;
        this.seats = seats;
        this.cohorts = cohorts;
        this.programs = programs;
        this.certificates = certificates;
        this.cursors = cursors;
        this.caller = caller;
        this.timestamps = timestamps;
        this.transitions = transitions;
        this.idempotency = idempotency;
        this.config = config;
        this.events = events;
        this.log = log;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<EnrolmentView> list(UUID cohortId, EnrolmentQuery query, PageParams page) {
        Cohort cohort = cohorts.visible(cohortId);
        Program program = programs.visible(cohort.programId);
        Page<Enrolment> rows = KEYSET.page(enrolments.getEntityManager(), cursors,
                EnrolmentFilters.of(query, caller, cohortId, programs.isProvider(program)), KEYSET.sort(page.sort), page.cursor,
                page.limit);
        return rows.map(e -> EnrolmentMapper.toView(e, access.seesPersonalData(e, program)));
    }

    public Created<EnrolmentView> enrol(UUID cohortId, EnrolmentInput input) {
        Participant participant = input.participant();
        if (!access.enrols(participant.party())) {
            throw ProblemException.forbidden("A party client enrols participants of its own party");
        }
        Instant now = timestamps.now();
        OpenCohort open = lockOpen(cohortId, now);
        Cohort cohort = open.cohort();
        Program program = open.program();
        if (enrolments.emailTaken(cohortId, participant.email())) {
            throw ProblemException.conflict("This email is already enrolled in the cohort");
        }
        Enrolment enrolment = EnrolmentMapper.toEntity(participant, cohort, caller.name(), now);
        seats.admit(cohort, enrolment);
        enrolments.persist(enrolment);
        events.changed(enrolment, program);
        return Created.of(location(enrolment), enrolment, view(enrolment, program));
    }

    /** A cohort locked for new enrolments (see {@link SeatAllocator}) and its program. */
    record OpenCohort(Cohort cohort, Program program) {
    }

    /** Locks the cohort for new enrolments: 404 if the caller cannot see it, 422 unless its program is published and its window open. */
    OpenCohort lockOpen(UUID cohortId, Instant now) {
        Cohort cohort = cohorts.visible(cohortId);
        Program program = programs.visible(cohort.programId);
        if (program.status != ProgramStatus.PUBLISHED) {
            throw closed("The program is " + program.status + "; only a PUBLISHED program takes enrolments");
        }
        cohort = seats.lock(cohortId);
        if (!cohort.acceptsEnrolmentAt(now)) {
            throw closed("Enrolment in this cohort is open from " + cohort.enrolmentOpens + " until " + cohort.enrolmentCloses);
        }
        return new OpenCohort(cohort, program);
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<EnrolmentView> get(UUID id) {
        Enrolment enrolment = access.visible(id);
        return Versioned.of(view(enrolment, access.program(enrolment)), enrolment);
    }

    public Versioned<EnrolmentView> transition(UUID id, EnrolmentTransition request) {
        Enrolment enrolment = access.visible(id);
        Program program = access.program(enrolment);
        Cohort cohort = lockFor(enrolment);
        Instant now = timestamps.now();
        EnrolmentStatus from = enrolment.status;
        List<Move> moves = List.of();
        switch (request.to()) {
            case WITHDRAWN -> {
                LIFECYCLE.require(from, EnrolmentStatus.WITHDRAWN);
                String freed = enrolment.seat;
                enrolment.seat = null;
                enrolment.status = EnrolmentStatus.WITHDRAWN;
                // Written before the freed seat is handed on, so the allocator's queries see the seat free.
                enrolments.flush();
                if (freed != null) {
                    moves = seats.release(cohort, freed, now);
                }
            }
            case NO_SHOW -> {
                programs.requireProvider(program);
                LIFECYCLE.require(from, EnrolmentStatus.NO_SHOW);
                enrolment.status = EnrolmentStatus.NO_SHOW;
            }
            default -> throw ProblemException.badField("to", "WITHDRAWN or NO_SHOW; results decide COMPLETED and FAILED");
        }
        transitions.moved("enrolment", enrolment.id, from, enrolment.status, "requested");
        enrolment.statusReason = request.reason().strip();
        enrolment.updatedAt = now;
        events.changed(enrolment, program);
        moves.forEach(move -> events.moved(move, program));
        moves.stream().filter(Move::promoted).forEach(move -> transitions.moved("enrolment", move.enrolment().id,
                EnrolmentStatus.WAITLISTED, EnrolmentStatus.CONFIRMED, "seat freed"));
        return Versioned.of(view(enrolment, program), enrolment);
    }

    public Versioned<EnrolmentView> result(UUID id, ResultInput result) {
        Enrolment enrolment = access.visible(id);
        Program program = access.program(enrolment);
        programs.requireProvider(program);
        Cohort cohort = lockFor(enrolment);
        if (enrolment.status != EnrolmentStatus.CONFIRMED) {
            throw new ProblemException(ProblemType.CONFLICT, "Results are recorded for a CONFIRMED enrolment; this one is "
                    + enrolment.status, List.of(), Map.of("currentStatus", enrolment.status.name()), Map.of());
        }
        if (cohort.passMark != null && result.score() == null) {
            throw ProblemException.badField("score", "is required: the cohort has a pass mark of " + cohort.passMark);
        }
        Instant now = timestamps.now();
        Instant resultsOpen = cohort.lastDayStart().minus(config.resultsOpenBeforeEnd());
        if (now.isBefore(resultsOpen)) {
            throw ProblemException.invalidField("endDate", "the cohort ends on " + cohort.endDate + "; its results are recorded from "
                    + resultsOpen.atZone(ZoneId.of(cohort.timeZone)).toOffsetDateTime() + " (" + cohort.timeZone + ") on");
        }
        boolean completed = cohort.completion().metBy(result.attendancePercent(), result.score());
        // Issued before the enrolment changes: recording the certificate's event flushes, and the enrolment's change
        // is one update (one new version), not two.
        UUID certificateId = completed ? certificates.issue(program, cohort,
                new Recipient(enrolment.id, enrolment.email, result.attendancePercent(), result.score()), now) : null;
        enrolment.attendancePercent = result.attendancePercent();
        enrolment.score = result.score();
        enrolment.updatedAt = now;
        EnrolmentStatus decided = completed ? EnrolmentStatus.COMPLETED : EnrolmentStatus.FAILED;
        transitions.moved("enrolment", enrolment.id, enrolment.status, decided, "results");
        enrolment.status = decided;
        enrolment.certificateId = certificateId;
        events.changed(enrolment, program);
        return Versioned.of(view(enrolment, program), enrolment);
    }

    /**
     * Removes name and email for good, also from the stored answer a retried enrolment request would replay; what the
     * statistics and the certificate need stays.
     */
    public Versioned<EnrolmentView> erase(UUID id) {
        Enrolment enrolment = enrolments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Enrolment", id));
        Program program = access.program(enrolment);
        if (enrolment.erasedAt == null) {
            enrolment.name = null;
            enrolment.email = null;
            enrolment.erasedAt = timestamps.now();
            enrolment.updatedAt = enrolment.erasedAt;
            events.erased(enrolment, program);
            Versioned<EnrolmentView> erased = Versioned.of(view(enrolment, program), enrolment);
            idempotency.rewriteReplays(location(enrolment), erased.version(), erased.body());
            log.info(LOG, "Erased the personal data of enrolment %s (cohort %s, program %s) by %s", enrolment.id,
                    enrolment.cohortId, program.id, caller.id());
            return erased;
        }
        return Versioned.of(view(enrolment, program), enrolment);
    }

    static URI location(Enrolment enrolment) {
        return URI.create("/api/v1/enrolments/" + enrolment.id);
    }

    /**
     * Locks the enrolment's cohort, then re-reads the enrolment: a concurrent change to it (say, a second withdrawal)
     * committed while this request waited for the lock is seen, so its status is decided on the latest row.
     */
    private Cohort lockFor(Enrolment enrolment) {
        Cohort cohort = seats.lock(enrolment.cohortId);
        enrolments.getEntityManager().refresh(enrolment);
        return cohort;
    }

    private EnrolmentView view(Enrolment enrolment, Program program) {
        return EnrolmentMapper.toView(enrolment, access.seesPersonalData(enrolment, program));
    }

    private static ProblemException closed(String detail) {
        return new ProblemException(ProblemType.UNPROCESSABLE, detail);
    }
}
