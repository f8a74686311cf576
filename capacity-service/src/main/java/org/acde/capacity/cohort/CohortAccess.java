package org.acde.capacity.cohort;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.capacity.program.ProgramAccess;
import org.acde.contracts.problem.ProblemException;

/** Who may see a cohort: whoever may see its program (others get 404). Its changes ask {@link ProgramAccess#managed}. */
@ApplicationScoped
public class CohortAccess {

    private final CohortRepository cohorts;
    private final ProgramAccess programs;

    CohortAccess(CohortRepository cohorts, ProgramAccess programs) {
        this.cohorts = cohorts;
        this.programs = programs;
    }

    public Cohort visible(UUID id) {
        Cohort cohort = cohorts.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Cohort", id));
        try {
            programs.visible(cohort.programId);
        } catch (ProblemException hidden) {
            throw ProblemException.notFound("Cohort", id);
        }
        return cohort;
    }
}
