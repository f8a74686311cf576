package org.acde.matchmaking.interest;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.matchmaking.InterestStatus;
import org.acde.matchmaking.organisation.Organisation;
import org.acde.matchmaking.organisation.OrganisationRepository;
import org.acde.matchmaking.opportunity.OpportunityRepository;
import org.acde.platform.events.Audience;
import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/**
 * The events of expressions of interest, recorded in the transaction of each change, for those who may read the
 * interest (see {@link InterestService}): the owners of its two sides and agencies of the two enterprises' parties.
 * Their data never carries a contact, not even once the interest is accepted: each side reads the interest to see the
 * other's.
 */
@ApplicationScoped
public class InterestEvents {

    /** What happened to an interest: it was submitted, or moved to a status; {@link #type} is the CloudEvents type. */
    public enum Type {
        SUBMITTED, ACCEPTED, DECLINED, EXPIRED, AGREEMENT_SIGNED, CLOSED;

        public final String type = "org.acde.matchmaking.interest." + name().toLowerCase(Locale.ROOT);

        static Type of(InterestStatus status) {
            return switch (status) {
                case SUBMITTED -> SUBMITTED;
                case ACCEPTED -> ACCEPTED;
                case DECLINED -> DECLINED;
                case EXPIRED -> EXPIRED;
                case AGREEMENT_SIGNED -> AGREEMENT_SIGNED;
                case CLOSED -> CLOSED;
            };
        }
    }

    private final Outbox outbox;
    private final OpportunityRepository opportunities;
    private final OrganisationRepository enterprises;

    InterestEvents(Outbox outbox, OpportunityRepository opportunities, OrganisationRepository enterprises) {
        this.outbox = outbox;
        this.opportunities = opportunities;
        this.enterprises = enterprises;
    }

    /** Submitted, or moved to its status now by either side. */
    void changed(Interest interest) {
        outbox.record(event(interest));
    }

    /** Expired by the service, all at once. */
    void expired(List<Interest> interests) {
        outbox.recordAll(interests.stream().map(this::event).toList());
    }

    private DomainEvent event(Interest interest) {
        Organisation owner = enterprises.findById(interest.opportunityEnterpriseId);
        Organisation interested = enterprises.findById(interest.enterpriseId);
        return new DomainEvent(Type.of(interest.status).type, "interest", interest.id.toString(), "/api/v1/interests/" + interest.id,
                EnumSet.of(owner.party, interested.party),
                Audience.secretariat().andClient(interest.opportunityOwner).andClient(interest.interestedOwner)
                        .andAgenciesOf(List.of(owner.party, interested.party)),
                InterestMapper.toView(interest, opportunities.findById(interest.opportunityId), owner, false, interested, false));
    }
}
