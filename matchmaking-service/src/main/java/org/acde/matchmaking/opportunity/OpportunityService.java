package org.acde.matchmaking.opportunity;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.http.ETags;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.matchmaking.OpportunityInput;
import org.acde.contracts.matchmaking.OpportunityQuery;
import org.acde.contracts.matchmaking.OpportunityStatus;
import org.acde.contracts.matchmaking.OpportunityTransition;
import org.acde.contracts.matchmaking.OpportunityView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.initiatives.client.InitiativesClient;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.matchmaking.need.NeedService;
import org.acde.matchmaking.organisation.Organisation;
import org.acde.matchmaking.organisation.OrganisationRepository;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.lifecycle.TransitionLog;
import org.acde.platform.lifecycle.Transitions;
import org.acde.platform.persistence.Keyset;

/** Owns the rules of opportunities: who creates and changes which, the lifecycle, the initiative link, anonymity. */
@ApplicationScoped
@Transactional
public class OpportunityService {

    /**
     * The moves a client may make: DRAFT → PUBLISHED | WITHDRAWN, PUBLISHED → WITHDRAWN | FULFILLED. PUBLISHED → EXPIRED
     * is made by the service itself once {@code expiresOn} has passed.
     */
    static final Transitions<OpportunityStatus> LIFECYCLE = Transitions.of(OpportunityStatus.class, "opportunity")
            .from(OpportunityStatus.DRAFT, OpportunityStatus.PUBLISHED, OpportunityStatus.WITHDRAWN)
            .from(OpportunityStatus.PUBLISHED, OpportunityStatus.WITHDRAWN, OpportunityStatus.FULFILLED)
            .note(OpportunityStatus.EXPIRED, "it expires by itself after expiresOn")
            .build();

    static final Keyset<Opportunity> KEYSET = Keyset.of(Opportunity.class)
            .field("createdAt", "createdAt", Instant::parse, e -> e.createdAt)
            .field("updatedAt", "updatedAt", Instant::parse, e -> e.updatedAt)
            .field("title", "title", value -> value, e -> e.title)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("-createdAt")
            .build();

    private final OpportunityRepository opportunities;
    private final OrganisationRepository enterprises;
    private final OpportunityAccess access;
    private final InitiativesClient initiatives;
    private final CursorCodec cursors;
    private final Caller caller;
    private final TransitionLog transitions;
    private final Clock clock;
    private final Timestamps timestamps;
    private final Event<ProfileChanges> changes;
    private final OpportunityEvents events;
    private final NeedService needs;

    OpportunityService(OpportunityRepository opportunities, OrganisationRepository enterprises, OpportunityAccess access,
            InitiativesClient initiatives, CursorCodec cursors, Caller caller, TransitionLog transitions, Clock clock, Timestamps timestamps, Event<ProfileChanges> changes,
            OpportunityEvents events, NeedService needs) {
        this.opportunities = opportunities;
        this.enterprises = enterprises;
        this.access = access;
        this.initiatives = initiatives;
        this.cursors = cursors;
        this.caller = caller;
        this.transitions = transitions;
        this.clock = clock;
        this.timestamps = timestamps;
        this.changes = changes;
        this.events = events;
        this.needs = needs;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<OpportunityView> list(OpportunityQuery query, PageParams page) {
        if (query.enterpriseId != null && !access.seesEnterprise(query.enterpriseId)) {
            // Its published opportunities are public but anonymised: listing them by enterprise would name it.
            return new Page<>(List.of(), null, 0);
        }
        Page<Opportunity> rows = KEYSET.page(opportunities.getEntityManager(), cursors, OpportunityFilters.of(query, caller),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return new Page<>(views(rows.items()), rows.nextCursor(), rows.total());
    }

    /** Views of {@code rows} in their order, each anonymised or not for the caller. */
    @Transactional(TxType.SUPPORTS)
    public List<OpportunityView> views(Collection<Opportunity> rows) {
        Map<UUID, Organisation> owners = rows.isEmpty() ? Map.of()
                : enterprises.list("id in ?1", rows.stream().map(o -> o.enterpriseId).distinct().toList()).stream()
                        .collect(Collectors.toMap(e -> e.id, Function.identity()));
        Set<UUID> identified = access.identified(rows);
        return rows.stream().map(o -> OpportunityMapper.toView(o, owners.get(o.enterpriseId), identified.contains(o.enterpriseId))).toList();
    }

    public Created<OpportunityView> create(OpportunityInput input) {
        Organisation enterprise = access.ownEnterprise(input.enterpriseId());
        OpportunityRules.check(input, today());
        needs.requireAnswerable(input.answersNeeds(), "answersNeeds", Set.of());
        InitiativeView initiative = initiatives.linkable(input.initiativeId());
        Instant now = timestamps.now();
        Opportunity opportunity = new Opportunity();
        opportunity.id = UUID.randomUUID();
        OpportunityMapper.copyEnterprise(enterprise, opportunity);
        OpportunityMapper.apply(input, opportunity);
        link(opportunity, initiative);
        opportunity.status = OpportunityStatus.DRAFT;
        opportunity.createdBy = opportunity.updatedBy = caller.name();
        opportunity.createdAt = opportunity.updatedAt = now;
        opportunities.persist(opportunity);
        events.created(opportunity);
        return Created.of(URI.create("/api/v1/opportunities/" + opportunity.id), opportunity,
                OpportunityMapper.toView(opportunity, enterprise, true));
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<OpportunityView> get(UUID id) {
        Opportunity opportunity = access.visible(id);
        return Versioned.of(view(opportunity), opportunity);
    }

    public Versioned<OpportunityView> update(UUID id, String ifMatch, OpportunityInput input) {
        Opportunity opportunity = access.managed(id);
        ETags.requireMatch(ifMatch, opportunity.version);
        if (opportunity.status != OpportunityStatus.DRAFT && opportunity.status != OpportunityStatus.PUBLISHED) {
            throw ProblemException.conflict("The opportunity is " + opportunity.status + "; only DRAFT and PUBLISHED ones change");
        }
        if (!opportunity.enterpriseId.equals(input.enterpriseId())) {
            throw ProblemException.invalidField("enterpriseId", "an opportunity stays with its enterprise");
        }
        OpportunityRules.check(input, today());
        needs.requireAnswerable(input.answersNeeds(), "answersNeeds", Set.copyOf(Arrays.asList(opportunity.answersNeeds)));
        InitiativeView initiative = initiatives.linkable(input.initiativeId());
        OpportunityMapper.apply(input, opportunity);
        link(opportunity, initiative);
        opportunity.updatedAt = timestamps.now();
        opportunity.updatedBy = caller.name();
        events.updated(opportunity);
        changes.fire(ProfileChanges.of(opportunity.id));
        return Versioned.of(view(opportunity), opportunity);
    }

    public Versioned<OpportunityView> transition(UUID id, OpportunityTransition request) {
        Opportunity opportunity = access.managed(id);
        OpportunityStatus from = opportunity.status;
        LIFECYCLE.require(from, request.to());
        if (request.to() == OpportunityStatus.PUBLISHED) {
            if (opportunity.expiresOn.isBefore(today())) {
                throw ProblemException.invalidField("expiresOn", "the opportunity expired on " + opportunity.expiresOn
                        + "; set a later date before publishing");
            }
            opportunity.publishedAt = timestamps.now();
        }
        transitions.moved("opportunity", opportunity.id, from, request.to(), "requested");
        opportunity.status = request.to();
        opportunity.updatedAt = timestamps.now();
        opportunity.updatedBy = caller.name();
        events.moved(opportunity, from);
        changes.fire(ProfileChanges.of(opportunity.id));
        return Versioned.of(view(opportunity), opportunity);
    }

    private OpportunityView view(Opportunity opportunity) {
        return OpportunityMapper.toView(opportunity, enterprises.findById(opportunity.enterpriseId), access.identifies(opportunity));
    }

    private static void link(Opportunity opportunity, InitiativeView initiative) {
        opportunity.initiativeId = initiative == null ? null : initiative.id();
        opportunity.initiativeCode = initiative == null ? null : initiative.code();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
