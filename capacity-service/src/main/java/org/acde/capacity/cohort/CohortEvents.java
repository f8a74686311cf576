package org.acde.capacity.cohort;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.capacity.program.Program;
import org.acde.capacity.program.ProgramAccess;
import org.acde.contracts.capacity.CohortView;
import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/**
 * The events of cohorts, recorded in the transaction of each change, for those who may read the cohort: those who may
 * read its program. Enrolments move its seat counts without an event of the cohort's; each has its own.
 */
@ApplicationScoped
public class CohortEvents {

    /** What happened to a cohort; {@link #type} is the CloudEvents type. */
    public enum Type {
        /** A new cohort of a program. */
        SCHEDULED,
        /** Its dates, window, place or criteria changed. */
        RESCHEDULED;

        public final String type = "org.acde.capacity.cohort." + name().toLowerCase(Locale.ROOT);
    }

    private final Outbox outbox;
    private final ProgramAccess programs;

    CohortEvents(Outbox outbox, ProgramAccess programs) {
        this.outbox = outbox;
        this.programs = programs;
    }

    void scheduled(CohortView cohort, Program program) {
        record(Type.SCHEDULED, cohort, program);
    }

    void rescheduled(CohortView cohort, Program program) {
        record(Type.RESCHEDULED, cohort, program);
    }

    private void record(Type type, CohortView cohort, Program program) {
        outbox.record(new DomainEvent(type.type, "cohort", cohort.id().toString(), "/api/v1/cohorts/" + cohort.id(),
                Set.of(program.providerParty), programs.readers(program), cohort));
    }
}
