package org.acde.matchmaking.interest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.matchmaking.InterestInput;
import org.acde.contracts.matchmaking.InterestQuery;
import org.acde.contracts.matchmaking.InterestStatus;
import org.acde.contracts.matchmaking.InterestTransition;
import org.acde.contracts.matchmaking.InterestView;
import org.acde.contracts.matchmaking.OpportunityStatus;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.matchmaking.opportunity.Opportunity;
import org.acde.matchmaking.opportunity.OpportunityAccess;
import org.acde.matchmaking.opportunity.OpportunityRepository;
import org.acde.matchmaking.organisation.Organisation;
import org.acde.matchmaking.organisation.OrganisationAccess;
import org.acde.matchmaking.organisation.OrganisationRepository;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.lifecycle.TransitionLog;
import org.acde.platform.lifecycle.Transitions;
import org.acde.platform.persistence.Keyset;

/**
 * Owns the rules of expressions of interest: who may express which, the pending limits, who decides, and that
 * contacts are revealed only by an acceptance.
 */
@ApplicationScoped
@Transactional
public class InterestService {

    /** SUBMITTED → ACCEPTED | DECLINED (EXPIRED by the service), ACCEPTED → AGREEMENT_SIGNED | CLOSED. */
    static final Transitions<InterestStatus> LIFECYCLE = Transitions.of(InterestStatus.class, "interest")
            .from(InterestStatus.SUBMITTED, InterestStatus.ACCEPTED, InterestStatus.DECLINED)
            .from(InterestStatus.ACCEPTED, InterestStatus.AGREEMENT_SIGNED, InterestStatus.CLOSED)
            .build();

    static final Keyset<Interest> KEYSET = Keyset.of(Interest.class)
            .field("createdAt", "createdAt", Instant::parse, e -> e.createdAt)
            .field("updatedAt", "updatedAt", Instant::parse, e -> e.updatedAt)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("-createdAt")
            .build();

    private final InterestRepository interests;
    private final OpportunityRepository opportunities;
    private final OrganisationRepository enterprises;
    private final OpportunityAccess opportunityAccess;
    private final OrganisationAccess enterpriseAccess;
    private final InterestAccess access;
    private final InterestsConfig config;
    private final CursorCodec cursors;
    private final Caller caller;
    private final TransitionLog transitions;
    private final Clock clock;
    private final Timestamps timestamps;
    private final InterestEvents events;

    InterestService(InterestRepository interests, OpportunityRepository opportunities, OrganisationRepository enterprises,
            OpportunityAccess opportunityAccess, OrganisationAccess enterpriseAccess, InterestAccess access, InterestsConfig config,
            CursorCodec cursors, Caller caller, TransitionLog transitions, Clock clock, Timestamps timestamps, InterestEvents events) {
        this.interests = interests;
        this.opportunities = opportunities;
        this.enterprises = enterprises;
        this.opportunityAccess = opportunityAccess;
        this.enterpriseAccess = enterpriseAccess;
        this.access = access;
        this.config = config;
        this.cursors = cursors;
        this.caller = caller;
        this.transitions = transitions;
        this.clock = clock;
        this.timestamps = timestamps;
        this.events = events;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<InterestView> list(InterestQuery query, PageParams page) {
        Keyset.Filter filter = InterestFilters.of(query, caller);
        Page<Interest> rows = KEYSET.page(interests.getEntityManager(), cursors, filter, KEYSET.sort(page.sort), page.cursor,
                page.limit);
        return new Page<>(views(rows.items()), rows.nextCursor(), rows.total());
    }

    /** A page's views in four queries whatever its size: its opportunities, enterprises and the caller's counterparts. */
    private List<InterestView> views(List<Interest> page) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<UUID, Opportunity> opportunitiesById = opportunities.list("id in ?1",
                page.stream().map(interest -> interest.opportunityId).collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(opportunity -> opportunity.id, Function.identity()));
        Map<UUID, Organisation> enterprisesById = enterprises.list("id in ?1",
                page.stream().flatMap(interest -> Stream.of(interest.enterpriseId, interest.opportunityEnterpriseId))
                        .collect(Collectors.toSet()))
                .stream().collect(Collectors.toMap(enterprise -> enterprise.id, Function.identity()));
        Set<UUID> counterparts = enterpriseAccess.acceptedCounterparts(enterprisesById.keySet());
        return page.stream().map(interest -> {
            Organisation owner = enterprisesById.get(interest.opportunityEnterpriseId);
            Organisation interested = enterprisesById.get(interest.enterpriseId);
            return InterestMapper.toView(interest, opportunitiesById.get(interest.opportunityId),
                    owner, enterpriseAccess.seesContact(owner, counterparts),
                    interested, enterpriseAccess.seesContact(interested, counterparts));
        }).toList();
    }

    public Created<InterestView> create(InterestInput input) {
        Organisation interested = enterprises.findById(input.enterpriseId());
        if (interested == null || !enterpriseAccess.seesContact(interested)) {
            throw ProblemException.invalidField("enterpriseId", "no enterprise " + input.enterpriseId() + " that you can see");
        }
        if (!enterpriseAccess.owns(interested)) {
            throw ProblemException.forbidden("Only whoever registered enterprise " + interested.id
                    + " expresses interest in its name");
        }
        // One submission per enterprise at a time, so the pending limit holds under concurrent requests.
        enterprises.getEntityManager().lock(interested, LockModeType.PESSIMISTIC_WRITE);
        Opportunity target = opportunities.findById(input.opportunityId());
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        if (target == null || (target.status != OpportunityStatus.PUBLISHED && !opportunityAccess.ownerSide(target))) {
            throw ProblemException.invalidField("opportunityId", "no published opportunity " + input.opportunityId());
        }
        if (target.status != OpportunityStatus.PUBLISHED || target.expiresOn.isBefore(today)) {
            throw ProblemException.invalidField("opportunityId", "the opportunity is "
                    + (target.status == OpportunityStatus.PUBLISHED ? "past its expiry date " + target.expiresOn : target.status)
                    + "; only a published, open opportunity takes interest");
        }
        if (target.enterpriseId.equals(interested.id) || enterpriseAccess.isOwner(target.ownerClient)) {
            throw ProblemException.invalidField("opportunityId", "this is your own opportunity");
        }
        if (input.fromOpportunityId() != null) {
            checkOwnOpportunity(input.fromOpportunityId(), interested, target);
        }
        if (Arrays.stream(target.partnershipTypes).noneMatch(type -> type.equals(input.partnershipType().name()))) {
            throw ProblemException.invalidField("partnershipType", "the opportunity seeks " + String.join(", ", target.partnershipTypes));
        }
        if (interests.pending(target.id, interested.id)) {
            throw new ProblemException(ProblemType.CONFLICT, "Organisation " + interested.id
                    + " already has a pending interest in this opportunity",
                    List.of(new FieldError("opportunityId", "a pending interest of this enterprise exists already")), Map.of(), Map.of());
        }
        if (interests.pending(interested.id) >= config.maxPending()) {
            throw ProblemException.invalidField("enterpriseId", "the enterprise has " + config.maxPending()
                    + " pending interests already, the most allowed; wait for decisions first");
        }
        Instant now = timestamps.now();
        Interest interest = new Interest();
        interest.id = UUID.randomUUID();
        interest.opportunityId = target.id;
        interest.enterpriseId = interested.id;
        interest.fromOpportunityId = input.fromOpportunityId();
        interest.opportunityEnterpriseId = target.enterpriseId;
        interest.opportunityOwner = target.ownerClient;
        interest.interestedOwner = interested.ownerClient;
        interest.message = input.message().strip();
        interest.partnershipType = input.partnershipType();
        interest.status = InterestStatus.SUBMITTED;
        interest.expiresAt = now.plus(config.expiryDays(), ChronoUnit.DAYS);
        interest.createdBy = interest.updatedBy = caller.name();
        interest.createdAt = interest.updatedAt = now;
        interests.persist(interest);
        events.changed(interest);
        return Created.of(URI.create("/api/v1/interests/" + interest.id), interest, view(interest));
    }

    /** The interested enterprise's own opportunity: its own, published and of the type complementary to the target's. */
    private void checkOwnOpportunity(UUID id, Organisation interested, Opportunity target) {
        Opportunity own = opportunities.findById(id);
        if (own == null || !own.enterpriseId.equals(interested.id)) {
            throw ProblemException.invalidField("fromOpportunityId", "no opportunity " + id + " of enterprise " + interested.id);
        }
        if (own.status != OpportunityStatus.PUBLISHED) {
            throw ProblemException.invalidField("fromOpportunityId", "the opportunity is " + own.status + ", not PUBLISHED");
        }
        if (own.type != target.type.complement()) {
            throw ProblemException.invalidField("fromOpportunityId", "a " + own.type + " does not complement a " + target.type
                    + "; it takes a " + target.type.complement());
        }
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<InterestView> get(UUID id) {
        Interest interest = access.visible(id);
        return Versioned.of(view(interest), interest);
    }

    public Versioned<InterestView> transition(UUID id, InterestTransition request) {
        InterestStatus to = request.to();
        Interest interest = access.managed(id, to);
        boolean decision = InterestAccess.isDecision(to);
        LIFECYCLE.require(interest.status, to);
        Instant now = timestamps.now();
        if (decision && interest.expiresAt.isBefore(now)) {
            throw new ProblemException(ProblemType.CONFLICT, "The interest expired at " + interest.expiresAt + " without a decision",
                    List.of(), Map.of("currentStatus", InterestStatus.EXPIRED.name()), Map.of());
        }
        if (to == InterestStatus.AGREEMENT_SIGNED) {
            InterestRules.check(request, interest, LocalDate.now(clock.withZone(ZoneOffset.UTC)));
            interest.agreementType = request.agreementType();
            interest.agreementDate = request.agreementDate();
        }
        if (decision) {
            interest.decidedAt = now;
        }
        if (to == InterestStatus.ACCEPTED) {
            interest.acceptedAt = now;
        }
        transitions.moved("interest", interest.id, interest.status, to, "requested");
        interest.status = to;
        interest.updatedAt = now;
        interest.updatedBy = caller.name();
        events.changed(interest);
        return Versioned.of(view(interest), interest);
    }

    private InterestView view(Interest interest) {
        Opportunity opportunity = opportunities.findById(interest.opportunityId);
        Organisation owner = enterprises.findById(interest.opportunityEnterpriseId);
        Organisation interested = enterprises.findById(interest.enterpriseId);
        return InterestMapper.toView(interest, opportunity, owner, enterpriseAccess.seesContact(owner), interested,
                enterpriseAccess.seesContact(interested));
    }
}
