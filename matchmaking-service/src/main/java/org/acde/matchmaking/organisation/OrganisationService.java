package org.acde.matchmaking.organisation;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.http.ETags;
import org.acde.contracts.matchmaking.EnterpriseQuery;
import org.acde.contracts.matchmaking.OrganisationInput;
import org.acde.contracts.matchmaking.OrganisationKind;
import org.acde.contracts.matchmaking.OrganisationView;
import org.acde.contracts.matchmaking.Verification;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.persistence.Keyset;

/**
 * Owns the rules of organisations of every kind: who registers, changes and verifies which, and who sees their
 * contacts. {@code /api/v1/enterprises} is served by it too, with {@code only} = ENTERPRISE: another kind is not there.
 */
@ApplicationScoped
@Transactional
public class OrganisationService {

    static final Keyset<Organisation> KEYSET = Keyset.of(Organisation.class)
            .field("createdAt", "createdAt", Instant::parse, e -> e.createdAt)
            .field("updatedAt", "updatedAt", Instant::parse, e -> e.updatedAt)
            .field("name", "name", value -> value, e -> e.name)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("-createdAt")
            .build();

    private final OrganisationRepository organisations;
    private final OrganisationAccess access;
    private final CursorCodec cursors;
    private final Caller caller;
    private final Timestamps timestamps;
    private final OrganisationEvents events;
    private final Event<OrganisationUpdated> updated;

    OrganisationService(OrganisationRepository organisations, OrganisationAccess access, CursorCodec cursors, Caller caller,
            Timestamps timestamps, OrganisationEvents events, Event<OrganisationUpdated> updated) {
        this.organisations = organisations;
        this.access = access;
        this.cursors = cursors;
        this.caller = caller;
        this.timestamps = timestamps;
        this.events = events;
        this.updated = updated;
    }

    /** The filters every kind shares, and the kind ({@code null}: every kind). */
    @Transactional(TxType.SUPPORTS)
    public Page<OrganisationView> list(EnterpriseQuery query, OrganisationKind kind, PageParams page) {
        Page<Organisation> rows = KEYSET.page(organisations.getEntityManager(), cursors, OrganisationFilters.of(query, kind, caller),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return rows.map(e -> OrganisationMapper.toView(e, access.seesContact(e)));
    }

    public Created<OrganisationView> create(OrganisationInput input) {
        access.registering(input.party());
        OrganisationRules.check(input);
        Instant now = timestamps.now();
        Organisation organisation = new Organisation();
        organisation.id = UUID.randomUUID();
        OrganisationMapper.apply(input, organisation);
        organisation.ownerClient = caller.id();
        organisation.createdBy = organisation.updatedBy = caller.name();
        organisation.createdAt = organisation.updatedAt = now;
        organisations.persist(organisation);
        events.registered(organisation);
        return Created.of(URI.create("/api/v1/organisations/" + organisation.id), organisation,
                OrganisationMapper.toView(organisation, true));
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<OrganisationView> get(UUID id, OrganisationKind only) {
        Organisation organisation = access.visible(id, only);
        return Versioned.of(OrganisationMapper.toView(organisation, true), organisation);
    }

    public Versioned<OrganisationView> update(UUID id, OrganisationKind only, String ifMatch, OrganisationInput input) {
        Organisation organisation = access.managed(id, only);
        ETags.requireMatch(ifMatch, organisation.version);
        if (input.party() != organisation.party) {
            throw ProblemException.invalidField("party", "an organisation stays in its party; register a new one instead");
        }
        if (input.kind() != organisation.kind) {
            throw ProblemException.invalidField("kind", "an organisation keeps its kind; register a new one instead");
        }
        OrganisationRules.check(input);
        boolean verifiedFactsChanged = !organisation.name.equals(input.name().strip())
                || !java.util.Objects.equals(organisation.registrationId, input.registrationId());
        OrganisationMapper.apply(input, organisation);
        if (verifiedFactsChanged && organisation.verified) {
            // A new name or registration is not what the agency verified.
            organisation.verified = false;
            organisation.verifiedBy = null;
            organisation.verifiedAt = null;
        }
        organisation.updatedAt = timestamps.now();
        organisation.updatedBy = caller.name();
        events.updated(organisation);
        // Its opportunities copy some of its facts (opportunity.EnterpriseCopies).
        updated.fire(new OrganisationUpdated(organisation));
        return Versioned.of(OrganisationMapper.toView(organisation, true), organisation);
    }

    public Versioned<OrganisationView> verify(UUID id, OrganisationKind only, Verification verification) {
        Organisation organisation = access.verifiable(id, only);
        organisation.verified = verification.verified();
        organisation.verifiedBy = verification.verified() ? caller.name() : null;
        organisation.verifiedAt = verification.verified() ? timestamps.now() : null;
        organisation.updatedAt = timestamps.now();
        organisation.updatedBy = caller.name();
        events.verificationChanged(organisation);
        return Versioned.of(OrganisationMapper.toView(organisation, true), organisation);
    }
}
