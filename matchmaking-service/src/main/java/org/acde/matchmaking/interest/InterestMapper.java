package org.acde.matchmaking.interest;

import org.acde.contracts.matchmaking.Contact;
import org.acde.contracts.matchmaking.InterestView;
import org.acde.matchmaking.organisation.Organisation;
import org.acde.matchmaking.opportunity.Opportunity;

/** Between the interest entity and its API representation. */
final class InterestMapper {

    private InterestMapper() {
    }

    static InterestView toView(Interest i, Opportunity opportunity, Organisation owner, boolean ownerContact,
            Organisation interested, boolean interestedContact) {
        return new InterestView(i.id, i.opportunityId, opportunity.title, opportunity.type, opportunity.party, i.enterpriseId,
                interested.name, interested.party, interested.sizeBand, interested.verified, i.fromOpportunityId, i.message,
                i.partnershipType, i.status, i.expiresAt, i.decidedAt, i.agreementType, i.agreementDate,
                ownerContact ? contact(owner) : null, interestedContact ? contact(interested) : null, i.createdAt, i.updatedAt);
    }

    private static Contact contact(Organisation e) {
        return new Contact(e.contactPerson, e.contactEmail, e.contactPhone);
    }
}
