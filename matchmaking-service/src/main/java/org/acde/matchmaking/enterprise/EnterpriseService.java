package org.acde.matchmaking.enterprise;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.http.ETags;
import org.acde.contracts.matchmaking.EnterpriseInput;
import org.acde.contracts.matchmaking.EnterpriseQuery;
import org.acde.contracts.matchmaking.EnterpriseView;
import org.acde.contracts.matchmaking.Verification;
import org.acde.contracts.paging.CursorCodec;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.security.Caller;
import org.acde.matchmaking.matching.ProfileChanges;
import org.acde.matchmaking.opportunity.OpportunityEvents;
import org.acde.matchmaking.opportunity.OpportunityRepository;
import org.acde.matchmaking.platform.Duplicates;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.persistence.Keyset;

/** Owns the rules of enterprises: who registers, changes and verifies which, and who sees their contacts. */
@ApplicationScoped
@Transactional
public class EnterpriseService {

    static final Keyset<Enterprise> KEYSET = Keyset.of(Enterprise.class)
            .field("createdAt", "createdAt", Instant::parse, e -> e.createdAt)
            .field("updatedAt", "updatedAt", Instant::parse, e -> e.updatedAt)
            .field("name", "name", value -> value, e -> e.name)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("-createdAt")
            .build();

    private final EnterpriseRepository enterprises;
    private final EnterpriseAccess access;
    private final CursorCodec cursors;
    private final Caller caller;
    private final Clock clock;
    private final Event<ProfileChanges> changes;
    private final EnterpriseEvents events;
    private final OpportunityRepository opportunities;
    private final OpportunityEvents opportunityEvents;

    EnterpriseService(EnterpriseRepository enterprises, EnterpriseAccess access, CursorCodec cursors, Caller caller,
            Clock clock, Event<ProfileChanges> changes, EnterpriseEvents events, OpportunityRepository opportunities,
            OpportunityEvents opportunityEvents) {
        this.enterprises = enterprises;
        this.access = access;
        this.cursors = cursors;
        this.caller = caller;
        this.clock = clock;
        this.changes = changes;
        this.events = events;
        this.opportunities = opportunities;
        this.opportunityEvents = opportunityEvents;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<EnterpriseView> list(EnterpriseQuery query, PageParams page) {
        Page<Enterprise> rows = KEYSET.page(enterprises.getEntityManager(), cursors, filter(query),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return new Page<>(rows.items().stream().map(e -> EnterpriseMapper.toView(e, access.seesContact(e))).toList(),
                rows.nextCursor(), rows.total());
    }

    public Created<EnterpriseView> create(EnterpriseInput input) {
        if (!caller.actsFor(input.party())) {
            throw ProblemException.forbidden("A partner or agency registers enterprises of its own party only");
        }
        check(input);
        Instant now = now();
        Enterprise enterprise = new Enterprise();
        enterprise.id = UUID.randomUUID();
        EnterpriseMapper.apply(input, enterprise);
        enterprise.ownerClient = caller.id();
        enterprise.createdBy = enterprise.updatedBy = caller.name();
        enterprise.createdAt = enterprise.updatedAt = now;
        enterprises.persist(enterprise);
        enterprises.flush();
        events.registered(enterprise);
        return new Created<>(URI.create("/api/v1/enterprises/" + enterprise.id), enterprise.version,
                EnterpriseMapper.toView(enterprise, true));
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<EnterpriseView> get(UUID id) {
        Enterprise enterprise = access.visible(id);
        return new Versioned<>(EnterpriseMapper.toView(enterprise, true), enterprise.version);
    }

    public Versioned<EnterpriseView> update(UUID id, String ifMatch, EnterpriseInput input) {
        Enterprise enterprise = access.managed(id);
        ETags.requireMatch(ifMatch, enterprise.version);
        if (input.party() != enterprise.party) {
            throw ProblemException.invalidField("party", "an enterprise stays in its party; register a new one instead");
        }
        check(input);
        boolean verifiedFactsChanged = !enterprise.name.equals(input.name().strip())
                || !java.util.Objects.equals(enterprise.registrationId, input.registrationId());
        EnterpriseMapper.apply(input, enterprise);
        if (verifiedFactsChanged && enterprise.verified) {
            // A new name or registration is not what the agency verified.
            enterprise.verified = false;
            enterprise.verifiedBy = null;
            enterprise.verifiedAt = null;
        }
        enterprise.updatedAt = now();
        enterprise.updatedBy = caller.name();
        enterprises.flush();
        events.updated(enterprise);
        // The opportunities carry copies of the size band and languages the matching engine scores on: each is a new
        // version, an update for whoever follows it.
        @SuppressWarnings("unchecked")
        List<UUID> restamped = enterprises.getEntityManager().createNativeQuery("""
                UPDATE opportunity SET size_band = ?1, languages = ?2, updated_at = ?3, version = version + 1 WHERE enterprise_id = ?4 RETURNING id""", UUID.class)
                .setParameter(1, enterprise.sizeBand.name()).setParameter(2, enterprise.languages)
                .setParameter(3, enterprise.updatedAt).setParameter(4, enterprise.id).getResultList();
        if (!restamped.isEmpty()) {
            opportunities.list("id in ?1", restamped).forEach(opportunityEvents::updated);
        }
        changes.fire(new ProfileChanges(restamped));
        return new Versioned<>(EnterpriseMapper.toView(enterprise, true), enterprise.version);
    }

    public Versioned<EnterpriseView> verify(UUID id, Verification verification) {
        Enterprise enterprise = access.visible(id);
        // Only the national agency vouches for its own enterprises; not even the secretariat does it for them.
        if (!caller.isAgency() || caller.party().filter(own -> own == enterprise.party).isEmpty()) {
            throw ProblemException.forbidden("Only an agency of " + enterprise.party + " verifies its enterprises");
        }
        enterprise.verified = verification.verified();
        enterprise.verifiedBy = verification.verified() ? caller.name() : null;
        enterprise.verifiedAt = verification.verified() ? now() : null;
        enterprise.updatedAt = now();
        enterprise.updatedBy = caller.name();
        enterprises.flush();
        events.verificationChanged(enterprise);
        return new Versioned<>(EnterpriseMapper.toView(enterprise, true), enterprise.version);
    }

    private static void check(EnterpriseInput input) {
        List<org.acde.contracts.problem.FieldError> errors = new ArrayList<>();
        Duplicates.check(input.sectors().stream().map(Enum::name).toList(), "sectors", errors);
        Duplicates.check(input.languages().stream().map(tag -> tag.toLowerCase(java.util.Locale.ROOT)).toList(), "languages", errors);
        if (input.registrationId() != null && !input.registrationId().startsWith(input.party().name() + "-")) {
            errors.add(new org.acde.contracts.problem.FieldError("registrationId",
                    "a registration of " + input.party() + " starts with " + input.party() + "-"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /**
     * What {@link EnterpriseAccess#visible} opens, but accepted counterparts (they find those through their interests):
     * the secretariat every enterprise, an agency those of its party, anyone else those they registered and still act
     * for the party of.
     */
    private Keyset.Filter filter(EnterpriseQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.party != null) {
            conditions.add("e.party = :party");
            params.put("party", query.party);
        }
        if (query.sector != null) {
            conditions.add("array_contains(e.sectors, :sector)");
            params.put("sector", query.sector.name());
        }
        if (query.sizeBand != null) {
            conditions.add("e.sizeBand = :sizeBand");
            params.put("sizeBand", query.sizeBand);
        }
        if (query.verified != null) {
            conditions.add("e.verified = :verified");
            params.put("verified", query.verified);
        }
        if (!caller.isSecretariat()) {
            if (caller.party().isEmpty()) {
                conditions.add("1 = 0");
            } else if (caller.isAgency()) {
                conditions.add("e.party = :ownParty");
                params.put("ownParty", caller.party().get());
            } else {
                conditions.add("(e.ownerClient = :me and e.party = :ownParty)");
                params.put("me", caller.id());
                params.put("ownParty", caller.party().get());
            }
        }
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MICROS);
    }
}
