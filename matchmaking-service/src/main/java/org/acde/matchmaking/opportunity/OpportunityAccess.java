package org.acde.matchmaking.opportunity;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.matchmaking.OpportunityStatus;
import org.acde.contracts.problem.ProblemException;
import org.acde.kernel.security.Caller;
import org.acde.matchmaking.organisation.Organisation;
import org.acde.matchmaking.organisation.OrganisationAccess;
import org.acde.matchmaking.organisation.OrganisationRepository;
import org.acde.platform.events.Audience;

/**
 * Who may see an opportunity, who may know whose it is, and who may change it. A published opportunity is public
 * but anonymised; the enterprise behind it is named only to its owner, an agency of its party, the secretariat and
 * an accepted counterpart. Unpublished ones are seen by the owner, an agency of the party and the secretariat (others
 * get 404). Created and changed by the owner and the secretariat (others who see it get 403).
 * {@link OpportunityFilters} applies the same rule to lists.
 */
@ApplicationScoped
public class OpportunityAccess {

    private final OpportunityRepository opportunities;
    private final OrganisationRepository organisations;
    private final OrganisationAccess enterprises;
    private final Caller caller;

    OpportunityAccess(OpportunityRepository opportunities, OrganisationRepository organisations, OrganisationAccess enterprises,
            Caller caller) {
        this.opportunities = opportunities;
        this.organisations = organisations;
        this.enterprises = enterprises;
        this.caller = caller;
    }

    public Opportunity visible(UUID id) {
        Opportunity opportunity = opportunities.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Opportunity", id));
        if (opportunity.status != OpportunityStatus.PUBLISHED && !ownerSide(opportunity)) {
            throw ProblemException.notFound("Opportunity", id);
        }
        return opportunity;
    }

    public Opportunity managed(UUID id) {
        Opportunity opportunity = visible(id);
        if (!owns(opportunity) && !caller.isSecretariat()) {
            throw ProblemException.forbidden("Only whoever registered the enterprise, or the secretariat, changes its opportunities");
        }
        return opportunity;
    }

    /** The enterprise a new opportunity is for: one the caller can see (else 422) and its own or the secretariat's (else 403). */
    Organisation ownEnterprise(UUID id) {
        Organisation enterprise = organisations.findById(id);
        if (enterprise == null || !enterprises.seesContact(enterprise)) {
            throw ProblemException.invalidField("enterpriseId", "no enterprise " + id + " that you can see");
        }
        if (!enterprises.owns(enterprise) && !caller.isSecretariat()) {
            throw ProblemException.forbidden("Only whoever registered enterprise " + id + " publishes its opportunities");
        }
        return enterprise;
    }

    /** Whether the caller sees the enterprise, and so may list its opportunities by it. */
    boolean seesEnterprise(UUID id) {
        Organisation enterprise = organisations.findById(id);
        return enterprise != null && enterprises.seesContact(enterprise);
    }

    public boolean owns(Opportunity opportunity) {
        return enterprises.isOwner(opportunity.ownerClient)
                && (caller.isSecretariat() || caller.party().filter(own -> own == opportunity.party).isPresent());
    }

    /** The owner, an agency of the party or the secretariat. */
    public boolean ownerSide(Opportunity opportunity) {
        return owns(opportunity) || caller.isSecretariatOrAgencyOf(opportunity.party);
    }

    /**
     * Those {@link #ownerSide} holds for, for the events of an opportunity that is not published: its owner and agencies
     * of its party (the secretariat reads every event). A published one is everyone's.
     */
    public Audience ownerSideReaders(Opportunity opportunity) {
        return Audience.secretariat().andClient(opportunity.ownerClient).andAgenciesOf(List.of(opportunity.party));
    }

    /** Whether the caller may know which enterprise is behind the opportunity. */
    public boolean identifies(Opportunity opportunity) {
        return ownerSide(opportunity) || enterprises.acceptedCounterpart(opportunity.enterpriseId);
    }

    /** Of {@code rows}, the enterprises the caller may know, in one go. */
    public Set<UUID> identified(Collection<Opportunity> rows) {
        Set<UUID> known = new HashSet<>(enterprises.acceptedCounterparts(rows.stream().map(o -> o.enterpriseId).distinct().toList()));
        rows.stream().filter(this::ownerSide).forEach(o -> known.add(o.enterpriseId));
        return known;
    }
}
