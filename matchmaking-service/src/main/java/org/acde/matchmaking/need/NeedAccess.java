package org.acde.matchmaking.need;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.needs.NeedStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.kernel.security.Caller;

/**
 * Who may see, post and change a need. A need is public unless WITHDRAWN; a withdrawn one is seen by agencies of its
 * party and the secretariat only (others get 404). Posted and changed by agencies of its party and the secretariat
 * (others get 403).
 * {@link NeedFilters} applies the same rule to lists.
 */
@ApplicationScoped
public class NeedAccess {

    private final NeedRepository needs;
    private final Caller caller;

    NeedAccess(NeedRepository needs, Caller caller) {
        this.needs = needs;
        this.caller = caller;
    }

    /** For posting a need of {@code party}: an agency of that party or the secretariat (else 403). */
    void posting(Party party) {
        if (!caller.isSecretariatOrAgencyOf(party)) {
            throw ProblemException.forbidden("An agency posts the needs of its own party only");
        }
    }

    public Need visible(UUID id) {
        Need need = needs.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Need", id));
        if (need.status == NeedStatus.WITHDRAWN && !ownerSide(need)) {
            throw ProblemException.notFound("Need", id);
        }
        return need;
    }

    Need managed(UUID id) {
        Need need = visible(id);
        if (!ownerSide(need)) {
            throw ProblemException.forbidden("Only an agency of " + need.party + " or the secretariat changes its needs");
        }
        return need;
    }

    boolean ownerSide(Need need) {
        return caller.isSecretariat() || caller.isSecretariatOrAgencyOf(need.party);
    }
}
