package org.acde.capacity.cohort;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.capacity.program.Program;
import org.acde.capacity.program.ProgramAccess;
import org.acde.contracts.capacity.CohortInput;
import org.acde.contracts.capacity.CohortView;
import org.acde.contracts.capacity.EnrolmentStatus;
import org.acde.contracts.capacity.ProgramStatus;
import org.acde.contracts.http.ETags;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.persistence.Keyset;

/** Owns the rules of cohorts: only the provider's side schedules them, seats and quotas are fixed once set. */
@ApplicationScoped
@Transactional
public class CohortService {

    private static final Keyset<Cohort> KEYSET = Keyset.of(Cohort.class)
            .field("startDate", "startDate", LocalDate::parse, e -> e.startDate)
            .field("createdAt", "createdAt", Instant::parse, e -> e.createdAt)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("startDate")
            .build();

    private final CohortRepository cohorts;
    private final CohortAccess access;
    private final ProgramAccess programs;
    private final CursorCodec cursors;
    private final Timestamps timestamps;
    private final CohortEvents events;

    CohortService(CohortRepository cohorts, CohortAccess access, ProgramAccess programs, CursorCodec cursors,
            Timestamps timestamps, CohortEvents events) {
        this.cohorts = cohorts;
        this.access = access;
        this.programs = programs;
        this.cursors = cursors;
        this.timestamps = timestamps;
        this.events = events;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<CohortView> list(UUID programId, PageParams page) {
        programs.visible(programId);
        Page<Cohort> rows = KEYSET.page(cohorts.getEntityManager(), cursors,
                new Keyset.Filter("e.programId = :programId", Map.of("programId", programId)), KEYSET.sort(page.sort),
                page.cursor, page.limit);
        return rows.map(this::toView);
    }

    public Created<CohortView> create(UUID programId, CohortInput input) {
        Program program = programs.managed(programId);
        if (program.status == ProgramStatus.ARCHIVED) {
            throw ProblemException.conflict("The program is archived; it takes no new cohorts");
        }
        CohortRules.check(input, program.delivery);
        Instant now = timestamps.now();
        Cohort cohort = new Cohort();
        cohort.id = UUID.randomUUID();
        cohort.programId = programId;
        CohortMapper.applySchedule(input, cohort);
        CohortMapper.applySeats(input, cohort);
        cohort.createdAt = cohort.updatedAt = now;
        cohorts.persist(cohort);
        CohortView view = toView(cohort);
        events.scheduled(view, program);
        return Created.of(URI.create("/api/v1/cohorts/" + cohort.id), cohort, view);
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<CohortView> get(UUID id) {
        Cohort cohort = access.visible(id);
        return Versioned.of(toView(cohort), cohort);
    }

    public Versioned<CohortView> update(UUID id, String ifMatch, CohortInput input) {
        Cohort cohort = access.visible(id);
        Program program = programs.managed(cohort.programId);
        // Under the lock, like every other change to the cohort, so a reschedule cannot interleave with an enrolment.
        cohorts.lock(id);
        ETags.requireMatch(ifMatch, cohort.version);
        if (input.seats() != cohort.seats) {
            throw ProblemException.invalidField("seats", "stay " + cohort.seats + " once the cohort exists");
        }
        CohortRules.check(input, program.delivery);
        // Compared as sets of (party, seats): their order in the request does not matter.
        if (!Set.copyOf(input.quotasOrEmpty()).equals(Set.copyOf(cohort.quotas))) {
            throw ProblemException.invalidField("quotas", "stay as they were set when the cohort was created");
        }
        // Recorded results were judged against the last day and certificates are valid from it: it may come earlier, not later.
        Map<String, Long> byStatus = cohorts.enrolmentsByStatus(id);
        if ((byStatus.containsKey(EnrolmentStatus.COMPLETED.name()) || byStatus.containsKey(EnrolmentStatus.FAILED.name()))
                && Cohort.lastDayStart(input.endDate(), input.timeZone()).isAfter(cohort.lastDayStart())) {
            throw ProblemException.invalidField("endDate", "results are recorded; the last day may not move past "
                    + cohort.endDate + " (" + cohort.timeZone + ")");
        }
        CohortMapper.applySchedule(input, cohort);
        cohort.updatedAt = timestamps.now();
        CohortView view = toView(cohort);
        events.rescheduled(view, program);
        return Versioned.of(view, cohort);
    }

    private CohortView toView(Cohort cohort) {
        return CohortMapper.toView(cohort, cohorts.enrolmentsByStatus(cohort.id));
    }
}
