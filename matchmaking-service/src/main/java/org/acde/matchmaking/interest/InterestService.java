package org.acde.matchmaking.interest;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
    private final InterestsConfig config;
    private final CursorCodec cursors;
    private final Caller caller;
    private final TransitionLog transitions;
    private final Clock clock;
    private final Timestamps timestamps;
    private final InterestEvents events;

    InterestService(InterestRepository interests, OpportunityRepository opportunities, OrganisationRepository enterprises,
            OpportunityAccess opportunityAccess, OrganisationAccess enterpriseAccess, InterestsConfig config, CursorCodec cursors,
            Caller caller, TransitionLog transitions, Clock clock, Timestamps timestamps, InterestEvents events) {
        this.interests = interests;
        this.opportunities = opportunities;
        this.enterprises = enterprises;
        this.opportunityAccess = opportunityAccess;
        this.enterpriseAccess = enterpriseAccess;
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
        Page<Interest> rows = KEYSET.page(interests.getEntityManager(), cursors, filter(query), KEYSET.sort(page.sort),
                page.cursor, page.limit);
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
        Interest interest = visible(id);
        return Versioned.of(view(interest), interest);
    }

    public Versioned<InterestView> transition(UUID id, InterestTransition request) {
        Interest interest = visible(id);
        InterestStatus to = request.to();
        boolean decision = to == InterestStatus.ACCEPTED || to == InterestStatus.DECLINED;
        if (decision && !enterpriseAccess.isOwner(interest.opportunityOwner)) {
            throw ProblemException.forbidden("Only the opportunity's owner accepts or declines an interest");
        }
        if (!decision && !enterpriseAccess.isOwner(interest.opportunityOwner) && !enterpriseAccess.isOwner(interest.interestedOwner)) {
            throw ProblemException.forbidden("Only the two sides record the outcome of an interest");
        }
        LIFECYCLE.require(interest.status, to);
        Instant now = timestamps.now();
        if (decision && interest.expiresAt.isBefore(now)) {
            throw new ProblemException(ProblemType.CONFLICT, "The interest expired at " + interest.expiresAt + " without a decision",
                    List.of(), Map.of("currentStatus", InterestStatus.EXPIRED.name()), Map.of());
        }
        if (to == InterestStatus.AGREEMENT_SIGNED) {
            checkAgreement(request, interest);
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

    private void checkAgreement(InterestTransition request, Interest interest) {
        List<FieldError> errors = new ArrayList<>();
        if (request.agreementType() == null) {
            errors.add(new FieldError("agreementType", "required for AGREEMENT_SIGNED"));
        }
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate accepted = interest.acceptedAt.atZone(ZoneOffset.UTC).toLocalDate();
        if (request.agreementDate() == null) {
            errors.add(new FieldError("agreementDate", "required for AGREEMENT_SIGNED"));
        } else if (request.agreementDate().isAfter(today) || request.agreementDate().isBefore(accepted)) {
            errors.add(new FieldError("agreementDate", "between the acceptance (" + accepted + ") and today (" + today + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** Seen by its two sides, agencies of the two enterprises' parties and the secretariat; others get 404. */
    private Interest visible(UUID id) {
        Interest interest = interests.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("Interest", id));
        if (enterpriseAccess.isOwner(interest.opportunityOwner) || enterpriseAccess.isOwner(interest.interestedOwner)
                || caller.isSecretariat()) {
            return interest;
        }
        Organisation owner = enterprises.findById(interest.opportunityEnterpriseId);
        Organisation interested = enterprises.findById(interest.enterpriseId);
        if (caller.isSecretariatOrAgencyOf(owner.party) || caller.isSecretariatOrAgencyOf(interested.party)) {
            return interest;
        }
        throw ProblemException.notFound("Interest", id);
    }

    private InterestView view(Interest interest) {
        Opportunity opportunity = opportunities.findById(interest.opportunityId);
        Organisation owner = enterprises.findById(interest.opportunityEnterpriseId);
        Organisation interested = enterprises.findById(interest.enterpriseId);
        return InterestMapper.toView(interest, opportunity, owner, enterpriseAccess.seesContact(owner), interested,
                enterpriseAccess.seesContact(interested));
    }

    private Keyset.Filter filter(InterestQuery query) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (query.status != null) {
            conditions.add("e.status = :status");
            params.put("status", query.status);
        }
        if (query.opportunityId != null) {
            conditions.add("e.opportunityId = :opportunityId");
            params.put("opportunityId", query.opportunityId);
        }
        if (query.initiativeId != null) {
            conditions.add("e.opportunityId in (select o.id from Opportunity o where o.initiativeId = :initiativeId)");
            params.put("initiativeId", query.initiativeId);
        }
        if (query.enterpriseId != null) {
            conditions.add("(e.enterpriseId = :enterpriseId or e.opportunityEnterpriseId = :enterpriseId)");
            params.put("enterpriseId", query.enterpriseId);
        }
        if (!caller.isSecretariat()) {
            params.put("me", caller.id());
            if (caller.isAgency() && caller.party().isPresent()) {
                conditions.add("(e.opportunityOwner = :me or e.interestedOwner = :me"
                        + " or e.enterpriseId in (select x.id from Organisation x where x.party = :ownParty)"
                        + " or e.opportunityEnterpriseId in (select y.id from Organisation y where y.party = :ownParty))");
                params.put("ownParty", caller.party().get());
            } else {
                conditions.add("(e.opportunityOwner = :me or e.interestedOwner = :me)");
            }
        }
        return new Keyset.Filter(conditions.isEmpty() ? "true" : String.join(" and ", conditions), params);
    }
}
