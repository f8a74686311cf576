package org.acde.capacity.program;

import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.capacity.ProgramStatus;
import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/** The events of programs, recorded in the transaction of each change, for those who may read the program. */
@ApplicationScoped
public class ProgramEvents {

    /** What happened to a program; {@link #type} is the CloudEvents type. */
    public enum Type {
        CREATED, UPDATED, PUBLISHED, ARCHIVED;

        public final String type = "org.acde.capacity.program." + name().toLowerCase(Locale.ROOT);

        static Type movedTo(ProgramStatus status) {
            return switch (status) {
                case PUBLISHED -> PUBLISHED;
                case ARCHIVED -> ARCHIVED;
                case DRAFT -> throw new IllegalArgumentException("No program moves back to DRAFT");
            };
        }
    }

    private final Outbox outbox;
    private final ProgramAccess access;

    ProgramEvents(Outbox outbox, ProgramAccess access) {
        this.outbox = outbox;
        this.access = access;
    }

    void created(Program program) {
        record(Type.CREATED, program);
    }

    void updated(Program program) {
        record(Type.UPDATED, program);
    }

    /** Moved to its status now. */
    void moved(Program program) {
        record(Type.movedTo(program.status), program);
    }

    private void record(Type type, Program program) {
        outbox.record(new DomainEvent(type.type, "program", program.id.toString(), "/api/v1/programs/" + program.id,
                Set.of(program.providerParty), access.readers(program), ProgramMapper.toView(program)));
    }
}
