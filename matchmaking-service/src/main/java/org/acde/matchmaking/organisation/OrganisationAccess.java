package org.acde.matchmaking.organisation;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.reference.Party;
import org.acde.kernel.security.Caller;
import org.acde.platform.events.Audience;

/**
 * Who may see, register and change an organisation (of any kind), and who its contact. Seen by its owner (the client
 * that registered it), an agency of its party, the secretariat and an accepted counterpart; others get 404. Registered
 * by a client of its party or the secretariat, changed by its owner and the secretariat, verified by an agency of its
 * party. The contact goes to exactly those who may see the organisation. {@link OrganisationFilters} applies the same
 * rule to lists, but for accepted counterparts.
 */
@ApplicationScoped
public class OrganisationAccess {

    private final OrganisationRepository organisations;
    private final EntityManager em;
    private final Caller caller;

    OrganisationAccess(OrganisationRepository organisations, EntityManager em, Caller caller) {
        this.organisations = organisations;
        this.em = em;
        this.caller = caller;
    }

    /** With {@code only} a kind, an organisation of another kind is not there (the enterprises' path shows enterprises). */
    public Organisation visible(UUID id, OrganisationKind only) {
        String noun = only == OrganisationKind.ENTERPRISE ? "Enterprise" : "Organisation";
        Organisation organisation = organisations.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound(noun, id));
        if (!seesContact(organisation) || (only != null && organisation.kind != only)) {
            throw ProblemException.notFound(noun, id);
        }
        return organisation;
    }

    /** For registering an organisation of {@code party}: a partner or agency of that party, or the secretariat (else 403). */
    void registering(Party party) {
        if (!caller.actsFor(party)) {
            throw ProblemException.forbidden("A partner or agency registers organisations of its own party only");
        }
    }

    /** For changing: the owner or the secretariat; 404 to those who may not see it, 403 to those who may. */
    public Organisation managed(UUID id, OrganisationKind only) {
        Organisation organisation = visible(id, only);
        if (!owns(organisation) && !caller.isSecretariat()) {
            throw ProblemException.forbidden("Only whoever registered the organisation (" + organisation.createdBy
                    + ") or the secretariat changes it");
        }
        return organisation;
    }

    /** For verifying: an agency of its party; 404 to those who may not see it, 403 to the others, the secretariat too. */
    Organisation verifiable(UUID id, OrganisationKind only) {
        Organisation organisation = visible(id, only);
        // Only the national agency vouches for its own organisations; not even the secretariat does it for them.
        if (!caller.isAgency() || caller.party().filter(own -> own == organisation.party).isEmpty()) {
            throw ProblemException.forbidden("Only an agency of " + organisation.party + " verifies its organisations");
        }
        return organisation;
    }

    /** The registering client, still acting for the organisation's party. */
    public boolean owns(Organisation organisation) {
        return isOwner(organisation.ownerClient) && (caller.isSecretariat() || caller.party().filter(own -> own == organisation.party).isPresent());
    }

    public boolean isOwner(String ownerClient) {
        return !caller.isAnonymous() && caller.id().equals(ownerClient);
    }

    /** The owner, an agency of the organisation's party, the secretariat, or an accepted counterpart. */
    public boolean seesContact(Organisation organisation) {
        return seesContactWithoutInterests(organisation) || acceptedCounterpart(organisation.id);
    }

    /** The same, for a batch: {@code counterparts} are what {@link #acceptedCounterparts} answered for the batch. */
    public boolean seesContact(Organisation organisation, Set<UUID> counterparts) {
        return seesContactWithoutInterests(organisation) || counterparts.contains(organisation.id);
    }

    private boolean seesContactWithoutInterests(Organisation organisation) {
        return owns(organisation) || caller.isSecretariatOrAgencyOf(organisation.party);
    }

    /**
     * Those {@link #visible} shows the organisation to, for its events: its owner, agencies of its party and the owners of
     * the other side of its accepted interests (the secretariat reads every event).
     */
    public Audience readers(Organisation organisation) {
        Audience readers = Audience.secretariat().andClient(organisation.ownerClient).andAgenciesOf(List.of(organisation.party));
        for (String counterpart : acceptedCounterpartOwners(organisation.id)) {
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
