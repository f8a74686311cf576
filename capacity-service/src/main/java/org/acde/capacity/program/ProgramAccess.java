package org.acde.capacity.program;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.capacity.ProgramStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.kernel.security.Caller;
import org.acde.platform.events.Audience;

/**
 * Loads a program for what the caller wants to do with it. A draft the caller may not see is 404, as if it did not
 * exist; a visible program the caller may not manage is 403. Cohorts, enrolments and certificates ask here too.
 */
@ApplicationScoped
public class ProgramAccess {

    private final ProgramRepository programs;
    private final Caller caller;

    ProgramAccess(ProgramRepository programs, Caller caller) {
        this.programs = programs;
        this.caller = caller;
    }

    /** For reading: public once published; drafts to the provider party's clients and the secretariat. */
    public Program visible(UUID id) {
        Program program = programs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Program", id));
        if (program.status == ProgramStatus.DRAFT && !caller.actsFor(program.providerParty)) {
            throw ProblemException.notFound("Program", id);
        }
        return program;
    }

    /**
     * Those {@link #visible} shows the program to, for the events of the program and of its cohorts: anyone once
     * published; a draft, the provider party's clients (the secretariat reads every event).
     */
    public Audience readers(Program program) {
        return program.status == ProgramStatus.DRAFT ? Audience.secretariat().andActingFor(List.of(program.providerParty))
                : Audience.anyone();
    }

    /**
     * Those who may read an enrolment in the program of a participant of {@code participantParty}, and with it learn
     * of their certificate, for the events of both: the clients of the participant's party and the provider's side
     * (the secretariat reads every event).
     */
    public Audience participantReaders(Program program, Party participantParty) {
        return Audience.secretariat().andActingFor(List.of(participantParty, program.providerParty));
    }

    /** For creating a program: the clients of the party that provides it, or the secretariat (403 for anyone else). */
    void providing(Party providerParty) {
        if (!caller.actsFor(providerParty)) {
            throw ProblemException.forbidden("A partner or agency creates programs that its own party provides");
        }
    }

    /** For a change of {@code program} that names {@code providerParty}: only the secretariat moves it to another. */
    void moving(Program program, Party providerParty) {
        if (program.providerParty != providerParty && !caller.isSecretariat()) {
            throw ProblemException.invalidField("providerParty", "only the secretariat moves a program to another provider party");
        }
    }

    /** For changing the program, its cohorts, results and certificates: the provider's side or the secretariat. */
    public Program managed(UUID id) {
        Program program = visible(id);
        requireProvider(program);
        return program;
    }

    public boolean isProvider(Program program) {
        return caller.actsFor(program.providerParty);
    }

    public void requireProvider(Program program) {
        if (!isProvider(program)) {
            throw ProblemException.forbidden("Only the provider's side (" + program.providerParty
                    + ") or the secretariat manages this program");
        }
    }
}
