package org.acde.capacity.enrolment;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.capacity.program.Program;
import org.acde.capacity.program.ProgramAccess;
import org.acde.capacity.program.ProgramRepository;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.kernel.security.Caller;

/**
 * Who may see an enrolment, who its personal data, and who enrols whom. An enrolment is seen by the secretariat, the
 * provider's side and the clients of the participant's party (others get 404); name, email and sex only by the
 * secretariat, the provider's side and an agency of the participant's party; a participant is enrolled by the secretariat
 * and the clients of their party. {@link EnrolmentFilters} applies the same rule to lists.
 */
@ApplicationScoped
public class EnrolmentAccess {

    private final EnrolmentRepository enrolments;
    private final ProgramRepository programs;
    private final ProgramAccess programAccess;
    private final Caller caller;

    EnrolmentAccess(EnrolmentRepository enrolments, ProgramRepository programs, ProgramAccess programAccess, Caller caller) {
        this.enrolments = enrolments;
        this.programs = programs;
        this.programAccess = programAccess;
        this.caller = caller;
    }

    public Enrolment visible(UUID id) {
        Enrolment enrolment = enrolments.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Enrolment", id));
        if (!caller.actsFor(enrolment.party) && !programAccess.isProvider(program(enrolment))) {
            throw ProblemException.notFound("Enrolment", id);
        }
        return enrolment;
    }

    /** Whether the caller may enrol a participant of {@code party}: a client of that party or the secretariat. */
    boolean enrols(Party party) {
        return caller.actsFor(party);
    }

    public Program program(Enrolment enrolment) {
        return programs.findById(enrolment.programId);
    }

    public boolean seesPersonalData(Enrolment enrolment, Program program) {
        return caller.isSecretariatOrAgencyOf(enrolment.party) || programAccess.isProvider(program);
    }
}
