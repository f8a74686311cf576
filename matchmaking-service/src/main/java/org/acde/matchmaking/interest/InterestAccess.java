package org.acde.matchmaking.interest;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.matchmaking.InterestStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.kernel.security.Caller;
import org.acde.matchmaking.organisation.Organisation;
import org.acde.matchmaking.organisation.OrganisationAccess;
import org.acde.matchmaking.organisation.OrganisationRepository;

/**
 * Who may see and move an expression of interest. Seen by its two sides, agencies of the two enterprises' parties and
 * the secretariat (others get 404); accepted or declined by the opportunity's owner, its outcome recorded by either
 * side (others get 403). {@link InterestFilters} applies the same rule to lists.
 */
@ApplicationScoped
public class InterestAccess {

    private final InterestRepository interests;
    private final OrganisationRepository enterprises;
    private final OrganisationAccess enterpriseAccess;
    private final Caller caller;

    InterestAccess(InterestRepository interests, OrganisationRepository enterprises, OrganisationAccess enterpriseAccess,
            Caller caller) {
        this.interests = interests;
        this.enterprises = enterprises;
        this.enterpriseAccess = enterpriseAccess;
        this.caller = caller;
    }

    Interest visible(UUID id) {
        Interest interest = interests.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Interest", id));
        if (enterpriseAccess.isOwner(interest.opportunityOwner) || enterpriseAccess.isOwner(interest.interestedOwner)
                || caller.isSecretariat()) {
            return interest;
        }
        Organisation owner = enterprises.findById(interest.opportunityEnterpriseId);
        Organisation interested = enterprises.findById(interest.enterpriseId);
        if (caller.isSecretariatOrAgencyOf(owner.party) || caller.isSecretariatOrAgencyOf(interested.party)) {
            return interest;
        }
        throw ProblemException.notFound("Interest", id);
    }

    /** For moving it to {@code to}: a decision (ACCEPTED, DECLINED) by the opportunity's owner, an outcome by either side. */
    Interest managed(UUID id, InterestStatus to) {
        Interest interest = visible(id);
        boolean opportunityOwner = enterpriseAccess.isOwner(interest.opportunityOwner);
        if (isDecision(to) && !opportunityOwner) {
            throw ProblemException.forbidden("Only the opportunity's owner accepts or declines an interest");
        }
        if (!isDecision(to) && !opportunityOwner && !enterpriseAccess.isOwner(interest.interestedOwner)) {
            throw ProblemException.forbidden("Only the two sides record the outcome of an interest");
        }
        return interest;
    }

    static boolean isDecision(InterestStatus to) {
        return to == InterestStatus.ACCEPTED || to == InterestStatus.DECLINED;
    }
}
