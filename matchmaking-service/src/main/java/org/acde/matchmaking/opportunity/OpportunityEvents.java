package org.acde.matchmaking.opportunity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.acde.contracts.matchmaking.OpportunityStatus;
import org.acde.matchmaking.organisation.OrganisationRepository;
import org.acde.platform.events.Audience;
import org.acde.platform.events.DomainEvent;
import org.acde.platform.events.Outbox;

/**
 * The events of opportunities, recorded in the transaction of each change. A published opportunity is everyone's, so
 * its events go to anyone, anonymised as a public read shows it (no enterprise id or name); so does the move that ends
 * its publication (withdrawn, fulfilled, expired), or whoever followed it would never learn it is gone. Every other
 * event goes to the owner's side, naming the enterprise.
 */
@ApplicationScoped
public class OpportunityEvents {

    /** What happened to an opportunity; {@link #type} is the CloudEvents type. */
    public enum Type {
        CREATED, UPDATED, PUBLISHED, WITHDRAWN, FULFILLED, EXPIRED;

        public final String type = "org.acde.matchmaking.opportunity." + name().toLowerCase(Locale.ROOT);

        static Type movedTo(OpportunityStatus status) {
            return switch (status) {
                case PUBLISHED -> PUBLISHED;
                case WITHDRAWN -> WITHDRAWN;
                case FULFILLED -> FULFILLED;
                case EXPIRED -> EXPIRED;
                case DRAFT -> throw new IllegalArgumentException("No opportunity moves back to DRAFT");
            };
        }
    }

    private final Outbox outbox;
    private final OpportunityAccess access;
    private final OrganisationRepository enterprises;

    OpportunityEvents(Outbox outbox, OpportunityAccess access, OrganisationRepository enterprises) {
        this.outbox = outbox;
        this.access = access;
        this.enterprises = enterprises;
    }

    void created(Opportunity opportunity) {
        record(Type.CREATED, opportunity, false);
    }

    /** Changed in place: by its owner, or by a change of the enterprise facts it carries copies of. */
    public void updated(Opportunity opportunity) {
        record(Type.UPDATED, opportunity, opportunity.status == OpportunityStatus.PUBLISHED);
    }

    /** Moved from {@code from} to its status now by a client. */
    void moved(Opportunity opportunity, OpportunityStatus from) {
        record(Type.movedTo(opportunity.status), opportunity,
                from == OpportunityStatus.PUBLISHED || opportunity.status == OpportunityStatus.PUBLISHED);
    }

    /** Expired by the service, from PUBLISHED, all at once. */
    public void expired(List<Opportunity> opportunities) {
        outbox.recordAll(opportunities.stream().map(opportunity -> event(Type.EXPIRED, opportunity, true)).toList());
    }

    private void record(Type type, Opportunity opportunity, boolean toEveryone) {
        outbox.record(event(type, opportunity, toEveryone));
    }

    private DomainEvent event(Type type, Opportunity opportunity, boolean toEveryone) {
        return new DomainEvent(type.type, "opportunity", opportunity.id.toString(), "/api/v1/opportunities/" + opportunity.id,
                Set.of(opportunity.party), toEveryone ? Audience.anyone() : access.ownerSideReaders(opportunity),
                OpportunityMapper.toView(opportunity, enterprises.findById(opportunity.enterpriseId), !toEveryone));
    }
}
