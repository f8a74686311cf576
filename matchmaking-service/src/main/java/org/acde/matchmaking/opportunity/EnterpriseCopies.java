package org.acde.matchmaking.opportunity;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;

import org.acde.matchmaking.organisation.Organisation;
import org.acde.matchmaking.organisation.OrganisationUpdated;

/**
 * The opportunities carry copies of their enterprise's size band and languages, which the matching engine scores on:
 * when the enterprise changes, each of its opportunities takes them again as a new version, an update for whoever
 * follows it. Runs in the enterprise's transaction.
 */
@ApplicationScoped
class EnterpriseCopies {

    private final OpportunityRepository opportunities;
    private final OpportunityEvents events;
    private final Event<ProfileChanges> changes;

    EnterpriseCopies(OpportunityRepository opportunities, OpportunityEvents events, Event<ProfileChanges> changes) {
        this.opportunities = opportunities;
        this.events = events;
        this.changes = changes;
    }

    void onUpdated(@Observes OrganisationUpdated updated) {
        Organisation organisation = updated.organisation();
        @SuppressWarnings("unchecked")
        List<UUID> restamped = opportunities.getEntityManager().createNativeQuery("""
                UPDATE opportunity SET size_band = CAST(?1 AS text), languages = ?2, updated_at = ?3, version = version + 1 WHERE enterprise_id = ?4 RETURNING id""", UUID.class)
                .setParameter(1, organisation.sizeBand == null ? null : organisation.sizeBand.name()).setParameter(2, organisation.languages)
                .setParameter(3, organisation.updatedAt).setParameter(4, organisation.id).getResultList();
        if (!restamped.isEmpty()) {
            opportunities.list("id in ?1", restamped).forEach(events::updated);
        }
        changes.fire(new ProfileChanges(restamped));
    }
}
