package org.acde.platform.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** Every lifecycle's refused move answers the same 409: what was asked, what is allowed, where the resource stands. */
class TransitionsTest {

    enum Status {
        DRAFT, PUBLISHED, EXPIRED, WITHDRAWN
    }

    private static final Transitions<Status> LIFECYCLE = Transitions.of(Status.class, "opportunity")
            .from(Status.DRAFT, Status.WITHDRAWN, Status.PUBLISHED)
            .from(Status.PUBLISHED, Status.WITHDRAWN)
            .note(Status.EXPIRED, "it expires by itself")
            .build();

    @Test
    void anAllowedMovePasses() {
        assertThatCode(() -> LIFECYCLE.require(Status.DRAFT, Status.PUBLISHED)).doesNotThrowAnyException();
    }

    @Test
    void theAllowedMovesComeInTheOrderTheStatusesAreDeclared() {
        assertThat(LIFECYCLE.allowed(Status.DRAFT)).containsExactly(Status.PUBLISHED, Status.WITHDRAWN);
        assertThat(LIFECYCLE.isFinal(Status.WITHDRAWN)).isTrue();
        assertThat(LIFECYCLE.isFinal(Status.PUBLISHED)).isFalse();
    }

    @Test
    void aRefusedMoveIsA409NamingTheAllowedOnes() {
        ProblemException refused = refused(Status.PUBLISHED, Status.DRAFT);

        assertThat(refused.type()).isEqualTo(ProblemType.CONFLICT);
        assertThat(refused.getMessage()).isEqualTo("An opportunity cannot move from PUBLISHED to DRAFT; allowed: WITHDRAWN");
        assertThat(refused.extensions()).containsEntry("currentStatus", "PUBLISHED").containsEntry("allowed", List.of("WITHDRAWN"));
    }

    @Test
    void aMoveToWhereItIsOrFromAFinalStatusSaysSo() {
        assertThat(refused(Status.WITHDRAWN, Status.WITHDRAWN).getMessage())
                .isEqualTo("The opportunity is already WITHDRAWN; WITHDRAWN is final");
        assertThat(refused(Status.WITHDRAWN, Status.WITHDRAWN).extensions()).containsEntry("allowed", List.of());
    }

    @Test
    void aNoteExplainsAMoveNoClientMakes() {
        assertThat(refused(Status.PUBLISHED, Status.EXPIRED).getMessage())
                .isEqualTo("An opportunity cannot move from PUBLISHED to EXPIRED; it expires by itself; allowed: WITHDRAWN");
    }

    private static ProblemException refused(Status from, Status to) {
        return catchThrowableOfType(ProblemException.class, () -> LIFECYCLE.require(from, to));
    }
}
