package org.acde.matchmaking.need;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.http.ETags;
import org.acde.contracts.needs.NeedInput;
import org.acde.contracts.needs.NeedQuery;
import org.acde.contracts.needs.NeedStatus;
import org.acde.contracts.needs.NeedTransition;
import org.acde.contracts.needs.NeedView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.lifecycle.TransitionLog;
import org.acde.platform.lifecycle.Transitions;
import org.acde.platform.persistence.Keyset;

/** Owns the rules of needs: who posts and changes which, the lifecycle, and which needs an offer may answer. */
@ApplicationScoped
@Transactional
public class NeedService {

    /** The moves: OPEN → BEING_ANSWERED | MET | WITHDRAWN, BEING_ANSWERED → OPEN | MET | WITHDRAWN; MET and WITHDRAWN are final. */
    static final Transitions<NeedStatus> LIFECYCLE = Transitions.of(NeedStatus.class, "need")
            .from(NeedStatus.OPEN, NeedStatus.BEING_ANSWERED, NeedStatus.MET, NeedStatus.WITHDRAWN)
            .from(NeedStatus.BEING_ANSWERED, NeedStatus.OPEN, NeedStatus.MET, NeedStatus.WITHDRAWN)
            .build();

    static final Keyset<Need> KEYSET = Keyset.of(Need.class)
            .field("createdAt", "createdAt", Instant::parse, e -> e.createdAt)
            .field("updatedAt", "updatedAt", Instant::parse, e -> e.updatedAt)
            .field("title", "title", value -> value, e -> e.title)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("-createdAt")
            .build();

    private final NeedRepository needs;
    private final NeedAccess access;
    private final NeedEvents events;
    private final CursorCodec cursors;
    private final Caller caller;
    private final TransitionLog transitions;
    private final Clock clock;
    private final Timestamps timestamps;

    NeedService(NeedRepository needs, NeedAccess access, NeedEvents events, CursorCodec cursors, Caller caller,
            TransitionLog transitions, Clock clock, Timestamps timestamps) {
        this.needs = needs;
        this.access = access;
        this.events = events;
        this.cursors = cursors;
        this.caller = caller;
        this.transitions = transitions;
        this.clock = clock;
        this.timestamps = timestamps;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<NeedView> list(NeedQuery query, PageParams page) {
        Page<Need> rows = KEYSET.page(needs.getEntityManager(), cursors, NeedFilters.of(query, caller), KEYSET.sort(page.sort),
                page.cursor, page.limit);
        return rows.map(NeedMapper::toView);
    }

    public Created<NeedView> create(NeedInput input) {
        access.posting(input.party());
        NeedRules.check(input, today());
        Instant now = timestamps.now();
        Need need = new Need();
        need.id = UUID.randomUUID();
        need.party = input.party();
        NeedMapper.apply(input, need);
        need.status = NeedStatus.OPEN;
        need.createdBy = need.updatedBy = caller.name();
        need.createdAt = need.updatedAt = now;
        needs.persist(need);
        events.posted(need);
        return Created.of(URI.create("/api/v1/needs/" + need.id), need, NeedMapper.toView(need));
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<NeedView> get(UUID id) {
        Need need = access.visible(id);
        return Versioned.of(NeedMapper.toView(need), need);
    }

    public Versioned<NeedView> update(UUID id, String ifMatch, NeedInput input) {
        Need need = access.managed(id);
        ETags.requireMatch(ifMatch, need.version);
        if (LIFECYCLE.isFinal(need.status)) {
            throw ProblemException.conflict("The need is " + need.status + "; only OPEN and BEING_ANSWERED ones change");
        }
        if (need.party != input.party()) {
            throw ProblemException.invalidField("party", "a need stays with its party (" + need.party + ")");
        }
        NeedRules.check(input, today());
        NeedMapper.apply(input, need);
        need.updatedAt = timestamps.now();
        need.updatedBy = caller.name();
        events.updated(need);
        return Versioned.of(NeedMapper.toView(need), need);
    }

    public Versioned<NeedView> transition(UUID id, NeedTransition request) {
        Need need = access.managed(id);
        LIFECYCLE.require(need.status, request.to());
        transitions.moved("need", need.id, need.status, request.to(), "requested");
        need.status = request.to();
        need.statusReason = request.reason().strip();
        need.updatedAt = timestamps.now();
        need.updatedBy = caller.name();
        events.moved(need);
        return Versioned.of(NeedMapper.toView(need), need);
    }

    /**
     * The needs an offer declares it answers: each must be one the caller can see and not withdrawn, else 422 naming
     * its position in {@code field}. Those in {@code declared} (the offer's list before a change) stay as they are, so
     * a need withdrawn since does not block the offer's other changes.
     */
    @Transactional(TxType.SUPPORTS)
    public void requireAnswerable(List<UUID> ids, String field, Set<UUID> declared) {
        if (ids == null || ids.isEmpty()) {
            return;
        }
        Map<UUID, Need> found = needs.list("id in ?1", ids).stream().collect(Collectors.toMap(n -> n.id, Function.identity()));
        List<FieldError> errors = new ArrayList<>();
        Set<UUID> seen = new HashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            UUID id = ids.get(i);
            Need need = found.get(id);
            boolean checked = !declared.contains(id);
            if (!seen.add(id)) {
                errors.add(new FieldError(field + "[" + i + "]", id + " is listed twice"));
            } else if (checked && (need == null || (need.status == NeedStatus.WITHDRAWN && !access.ownerSide(need)))) {
                errors.add(new FieldError(field + "[" + i + "]", "no need " + id + " that you can see"));
            } else if (checked && need.status == NeedStatus.WITHDRAWN) {
                errors.add(new FieldError(field + "[" + i + "]", "need " + id + " is withdrawn"));
            }
        }
        if (!errors.isEmpty()) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message() : errors.size() + " needs cannot be answered",
                    errors, Map.of(), Map.of());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(ZoneOffset.UTC));
    }
}
