package org.acde.matchmaking.enterprise;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.security.Caller;
import org.acde.platform.events.Audience;

/**
 * Who may see and change an enterprise, and who its contact. Seen by its owner (the client that registered it), an
 * agency of its party, the secretariat and an accepted counterpart; others get 404. Changed by its owner and the
 * secretariat. The contact goes to exactly those who may see the enterprise.
 */
@ApplicationScoped
public class EnterpriseAccess {

    private final EnterpriseRepository enterprises;
    private final EntityManager em;
    private final Caller caller;

    EnterpriseAccess(EnterpriseRepository enterprises, EntityManager em, Caller caller) {
        this.enterprises = enterprises;
        this.em = em;
        this.caller = caller;
    }

    public Enterprise visible(UUID id) {
        Enterprise enterprise = enterprises.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Enterprise", id));
        if (!seesContact(enterprise)) {
            throw ProblemException.notFound("Enterprise", id);
        }
        return enterprise;
    }

    /** For changing: the owner or the secretariat; 404 to those who may not see it, 403 to those who may. */
    public Enterprise managed(UUID id) {
        Enterprise enterprise = visible(id);
        if (!owns(enterprise) && !caller.isSecretariat()) {
            throw ProblemException.forbidden("Only whoever registered the enterprise (" + enterprise.createdBy
                    + ") or the secretariat changes it");
        }
        return enterprise;
    }

    /** The registering client, still acting for the enterprise's party. */
    public boolean owns(Enterprise enterprise) {
        return isOwner(enterprise.ownerClient) && (caller.isSecretariat() || caller.party().filter(own -> own == enterprise.party).isPresent());
    }

    public boolean isOwner(String ownerClient) {
        return !caller.isAnonymous() && caller.id().equals(ownerClient);
    }

    /** The owner, an agency of the enterprise's party, the secretariat, or an accepted counterpart. */
    public boolean seesContact(Enterprise enterprise) {
        return seesContactWithoutInterests(enterprise) || acceptedCounterpart(enterprise.id);
    }

    /** The same, for a batch: {@code counterparts} are what {@link #acceptedCounterparts} answered for the batch. */
    public boolean seesContact(Enterprise enterprise, Set<UUID> counterparts) {
        return seesContactWithoutInterests(enterprise) || counterparts.contains(enterprise.id);
    }

    private boolean seesContactWithoutInterests(Enterprise enterprise) {
        return owns(enterprise) || caller.isAgencyOf(enterprise.party);
    }

    /**
     * Those {@link #visible} shows the enterprise to, for its events: its owner, agencies of its party and the owners of
     * the other side of its accepted interests (the secretariat reads every event).
     */
    public Audience readers(Enterprise enterprise) {
        Audience readers = Audience.secretariat().andClient(enterprise.ownerClient).andAgenciesOf(List.of(enterprise.party));
        for (String counterpart : acceptedCounterpartOwners(enterprise.id)) {
            readers = readers.andClient(counterpart);
        }
        return readers;
    }

    /** The owners {@link #acceptedCounterparts} answers with {@code enterpriseId} for. */
    private Set<String> acceptedCounterpartOwners(UUID enterpriseId) {
        Set<String> owners = new HashSet<>(em.createQuery("""
                select i.opportunityOwner from Interest i where i.acceptedAt is not null and i.enterpriseId = :id""", String.class)
                .setParameter("id", enterpriseId).getResultList());
        owners.addAll(em.createQuery("""
                select i.interestedOwner from Interest i where i.acceptedAt is not null and i.opportunityEnterpriseId = :id""",
                String.class).setParameter("id", enterpriseId).getResultList());
        return owners;
    }

    /** Whether the caller owns the other side of an interest involving {@code enterpriseId} that was accepted. */
    public boolean acceptedCounterpart(UUID enterpriseId) {
        return acceptedCounterparts(List.of(enterpriseId)).contains(enterpriseId);
    }

    /** Those of {@code enterpriseIds} the caller is an accepted counterpart of, in two queries whatever their number. */
    public Set<UUID> acceptedCounterparts(Collection<UUID> enterpriseIds) {
        if (caller.isAnonymous() || enterpriseIds.isEmpty()) {
            return Set.of();
        }
        Set<UUID> found = new HashSet<>(em.createQuery("""
                select i.enterpriseId from Interest i
                where i.acceptedAt is not null and i.opportunityOwner = :me and i.enterpriseId in :ids""", UUID.class)
                .setParameter("me", caller.id()).setParameter("ids", enterpriseIds).getResultList());
        found.addAll(em.createQuery("""
                select i.opportunityEnterpriseId from Interest i
                where i.acceptedAt is not null and i.interestedOwner = :me and i.opportunityEnterpriseId in :ids""", UUID.class)
                .setParameter("me", caller.id()).setParameter("ids", enterpriseIds).getResultList());
        return found;
    }
}
