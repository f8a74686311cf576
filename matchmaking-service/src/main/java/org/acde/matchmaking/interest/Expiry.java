package org.acde.matchmaking.interest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.acde.kernel.time.Timestamps;
import org.acde.matchmaking.opportunity.OpportunityEvents;
import org.acde.matchmaking.opportunity.OpportunityRepository;
import org.acde.matchmaking.opportunity.ProfileChanges;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * Time moves things on: a SUBMITTED interest past its {@code expiresAt} becomes EXPIRED (it no longer counts
 * against the pending limit), and a PUBLISHED opportunity past its {@code expiresOn} becomes EXPIRED (and leaves the
 * matching index).
 */
@ApplicationScoped
public class Expiry {

    private static final Logger LOG = Logger.getLogger(Expiry.class);

    private final EntityManager em;
    private final Timestamps timestamps;
    private final Event<ProfileChanges> changes;
    private final InterestRepository interests;
    private final InterestEvents interestEvents;
    private final OpportunityRepository opportunities;
    private final OpportunityEvents opportunityEvents;

    Expiry(EntityManager em, Timestamps timestamps, Event<ProfileChanges> changes, InterestRepository interests,
            InterestEvents interestEvents, OpportunityRepository opportunities, OpportunityEvents opportunityEvents) {
        this.em = em;
        this.timestamps = timestamps;
        this.changes = changes;
        this.interests = interests;
        this.interestEvents = interestEvents;
        this.opportunities = opportunities;
        this.opportunityEvents = opportunityEvents;
    }

    @Scheduled(every = "${acde.expiry.every:10m}", delayed = "30s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void run() {
        Instant now = timestamps.now();
        @SuppressWarnings("unchecked")
        List<UUID> expiredInterests = em.createNativeQuery("""
                UPDATE interest SET status = 'EXPIRED', updated_at = ?1, updated_by = 'expiry', version = version + 1
                WHERE status = 'SUBMITTED' AND expires_at < ?1 RETURNING id""", UUID.class).setParameter(1, now).getResultList();
        @SuppressWarnings("unchecked")
        List<UUID> expiredOpportunities = em.createNativeQuery("""
                UPDATE opportunity SET status = 'EXPIRED', updated_at = ?1, updated_by = 'expiry', version = version + 1
                WHERE status = 'PUBLISHED' AND expires_on < ?2 RETURNING id""", UUID.class)
                .setParameter(1, now).setParameter(2, LocalDate.ofInstant(now, ZoneOffset.UTC)).getResultList();
        // Read after the updates, so the events describe the expired rows.
        if (!expiredInterests.isEmpty()) {
            interestEvents.expired(interests.list("id in ?1", expiredInterests));
        }
        if (!expiredOpportunities.isEmpty()) {
            opportunityEvents.expired(opportunities.list("id in ?1", expiredOpportunities));
            changes.fire(new ProfileChanges(expiredOpportunities));
        }
        if (!expiredInterests.isEmpty() || !expiredOpportunities.isEmpty()) {
            LOG.infof("Expired %d interests and %d opportunities", expiredInterests.size(), expiredOpportunities.size());
        }
    }
}
