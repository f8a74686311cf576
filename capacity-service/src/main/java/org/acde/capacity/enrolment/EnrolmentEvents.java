package org.acde.capacity.enrolment;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.capacity.enrolment.SeatAllocator.Move;
import org.acde.capacity.program.Program;
import org.acde.capacity.program.ProgramAccess;
import org.acde.contracts.capacity.EnrolmentStatus;
import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/**
 * The events of enrolments, recorded in the transaction of each change, for those who may read the enrolment: the
 * clients of the participant's party and the provider's side. Not all of them may read the participant's name, email
 * and sex, so the data never has them; those entitled read the enrolment.
 */
@ApplicationScoped
public class EnrolmentEvents {

    /** What happened to an enrolment; {@link #type} is the CloudEvents type. */
    public enum Type {
        /** Enrolled with a seat. */
        CONFIRMED,
        /** Enrolled on the waitlist. */
        WAITLISTED,
        /** Given a seat that another participant's withdrawal freed. */
        PROMOTED,
        /** Moved from an open seat into a reserved seat of its party that a withdrawal freed. */
        RESEATED,
        WITHDRAWN,
        MARKED_NO_SHOW,
        COMPLETED,
        FAILED,
        /** The participant's name and email were erased; the data has ids only. */
        ERASED;

        public final String type = "org.acde.capacity.enrolment." + name().toLowerCase(Locale.ROOT);

        static Type of(EnrolmentStatus status) {
            return switch (status) {
                case CONFIRMED -> CONFIRMED;
                case WAITLISTED -> WAITLISTED;
                case WITHDRAWN -> WITHDRAWN;
                case NO_SHOW -> MARKED_NO_SHOW;
                case COMPLETED -> COMPLETED;
                case FAILED -> FAILED;
            };
        }
    }

    /** The data of {@link Type#ERASED}. */
    public record Erased(UUID id, UUID cohortId, UUID programId) {
    }

    private final Outbox outbox;
    private final ProgramAccess programs;

    EnrolmentEvents(Outbox outbox, ProgramAccess programs) {
        this.outbox = outbox;
        this.programs = programs;
    }

    /** Enrolled (confirmed or waitlisted), or moved to its status now by a request. */
    void changed(Enrolment enrolment, Program program) {
        outbox.record(changeOf(enrolment, program));
    }

    /** The enrolments of a batch, each its own event, in the batch's order. */
    void enrolled(List<Enrolment> enrolments, Program program) {
        outbox.recordAll(enrolments.stream().map(enrolment -> changeOf(enrolment, program)).toList());
    }

    /** Promoted or reseated by a seat another participant freed. */
    void moved(Move move, Program program) {
        outbox.record(event(move.promoted() ? Type.PROMOTED : Type.RESEATED, move.enrolment(), program,
                EnrolmentMapper.toView(move.enrolment(), false)));
    }

    void erased(Enrolment enrolment, Program program) {
        outbox.record(event(Type.ERASED, enrolment, program, new Erased(enrolment.id, enrolment.cohortId, enrolment.programId)));
    }

    private DomainEvent changeOf(Enrolment enrolment, Program program) {
        return event(Type.of(enrolment.status), enrolment, program, EnrolmentMapper.toView(enrolment, false));
    }

    private DomainEvent event(Type type, Enrolment enrolment, Program program, Object data) {
        return new DomainEvent(type.type, "enrolment", enrolment.id.toString(), EnrolmentService.location(enrolment).toString(),
                EnumSet.of(enrolment.party, program.providerParty), programs.participantReaders(program, enrolment.party), data);
    }
}
