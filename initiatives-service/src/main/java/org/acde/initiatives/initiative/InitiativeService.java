package org.acde.initiatives.initiative;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.http.ETags;
import org.acde.contracts.initiatives.FieldChange;
import org.acde.contracts.initiatives.HistoryEntry;
import org.acde.contracts.initiatives.InitiativeInput;
import org.acde.contracts.initiatives.InitiativeQuery;
import org.acde.contracts.initiatives.InitiativeStatus;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.initiatives.TransitionRequest;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.lifecycle.TransitionLog;
import org.acde.platform.lifecycle.Transitions;
import org.acde.platform.persistence.Keyset;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Owns the rules of initiatives: who may see and change which, the lifecycle, codes and history. */
@ApplicationScoped
@Transactional
public class InitiativeService {

    /**
     * The allowed status moves: PROPOSED → ENDORSED → ACTIVE → FINALISING → CLOSED; ACTIVE ⇄ SUSPENDED; PROPOSED,
     * ENDORSED or SUSPENDED → CANCELLED.
     */
    static final Transitions<InitiativeStatus> LIFECYCLE = Transitions.of(InitiativeStatus.class, "initiative")
            .from(InitiativeStatus.PROPOSED, InitiativeStatus.ENDORSED, InitiativeStatus.CANCELLED)
            .from(InitiativeStatus.ENDORSED, InitiativeStatus.ACTIVE, InitiativeStatus.CANCELLED)
            .from(InitiativeStatus.ACTIVE, InitiativeStatus.FINALISING, InitiativeStatus.SUSPENDED)
            .from(InitiativeStatus.SUSPENDED, InitiativeStatus.ACTIVE, InitiativeStatus.CANCELLED)
            .from(InitiativeStatus.FINALISING, InitiativeStatus.CLOSED)
            .build();

    static final Keyset<Initiative> KEYSET = Keyset.of(Initiative.class)
            .field("createdAt", "createdAt", Instant::parse, e -> e.createdAt)
            .field("updatedAt", "updatedAt", Instant::parse, e -> e.updatedAt)
            .field("code", "code", value -> value, e -> e.code)
            .field("title", "title", value -> value, e -> e.title)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("-createdAt")
            .build();
    private static final Keyset<InitiativeEvent> HISTORY = Keyset.of(InitiativeEvent.class)
            .field("at", "at", Instant::parse, e -> e.at)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("at")
            .build();
    /** Fields an update can change that history does not report: they change on every write. */
    private static final List<String> AUDIT_FIELDS = List.of("updatedAt", "updatedBy", "createdAt", "createdBy", "id",
            "code", "status", "actualStart", "actualEnd");

    private final InitiativeRepository initiatives;
    private final InitiativeAccess access;
    private final InitiativeOutbox events;
    private final CursorCodec cursors;
    private final Caller caller;
    private final TransitionLog transitions;
    private final Clock clock;
    private final Timestamps timestamps;
    private final ObjectMapper json;
    private final EndorsingMeetings outcomes;

    InitiativeService(InitiativeRepository initiatives, InitiativeAccess access, InitiativeOutbox events,
            CursorCodec cursors, Caller caller, TransitionLog transitions, Clock clock, Timestamps timestamps,
            ObjectMapper json, EndorsingMeetings outcomes) {
        this.initiatives = initiatives;
        this.access = access;
        this.events = events;
        this.cursors = cursors;
        this.caller = caller;
        this.transitions = transitions;
        this.clock = clock;
        this.timestamps = timestamps;
        this.json = json;
        this.outcomes = outcomes;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<InitiativeView> list(InitiativeQuery query, PageParams page) {
        Page<Initiative> rows = KEYSET.page(initiatives.getEntityManager(), cursors, InitiativeFilters.of(query, caller),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return rows.map(InitiativeMapper::toView);
    }

    public Created<InitiativeView> create(InitiativeInput input) {
        access.proposing(input.leadParty());
        InitiativeRules.check(input);
        Instant now = timestamps.now();
        Initiative initiative = new Initiative();
        initiative.id = UUID.randomUUID();
        InitiativeMapper.apply(input, initiative);
        int year = (input.plannedStart() != null ? input.plannedStart() : LocalDate.now(clock)).getYear();
        initiative.code = "ACI-%d-%04d".formatted(year, initiatives.nextCodeNumber(year));
        initiative.status = InitiativeStatus.PROPOSED;
        initiative.createdBy = initiative.updatedBy = caller.name();
        initiative.createdAt = initiative.updatedAt = now;
        initiatives.persist(initiative);
        record(initiative, HistoryEntry.Kind.CREATED, null, InitiativeStatus.PROPOSED, null, List.of(), now);
        InitiativeView view = InitiativeMapper.toView(initiative);
        events.record(initiative, "initiative", "created", initiative.id, path(initiative), view);
        return Created.of(URI.create(path(initiative)), initiative, view);
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<InitiativeView> get(UUID id) {
        Initiative initiative = access.visible(id);
        return Versioned.of(InitiativeMapper.toView(initiative), initiative);
    }

    public Versioned<InitiativeView> update(UUID id, String ifMatch, InitiativeInput input) {
        Initiative initiative = access.managed(id);
        ETags.requireMatch(ifMatch, initiative.version);
        access.leading(initiative, input.leadParty());
        InitiativeRules.check(input);
        JsonNode before = json.valueToTree(InitiativeMapper.toView(initiative));
        InitiativeMapper.apply(input, initiative);
        List<FieldChange> changes = changes(before, json.valueToTree(InitiativeMapper.toView(initiative)));
        if (!changes.isEmpty()) {
            Instant now = timestamps.now();
            initiative.updatedAt = now;
            initiative.updatedBy = caller.name();
            record(initiative, HistoryEntry.Kind.UPDATED, null, null, null, changes, now);
            events.record(initiative, "initiative", "updated", initiative.id, path(initiative),
                    InitiativeMapper.toView(initiative));
        }
        return Versioned.of(InitiativeMapper.toView(initiative), initiative);
    }

    public void delete(UUID id, String ifMatch) {
        Initiative initiative = access.managed(id);
        ETags.requireMatch(ifMatch, initiative.version);
        if (initiative.status != InitiativeStatus.PROPOSED) {
            throw ProblemException.conflict("Only a PROPOSED initiative can be deleted; this one is " + initiative.status
                    + ", so cancel it with a transition instead");
        }
        initiatives.delete(initiative);
        // Its milestones, indicators and reports go with it (ON DELETE CASCADE): one event says so.
        events.record(initiative, "initiative", "deleted", initiative.id, path(initiative),
                new InitiativeOutbox.Deleted(initiative.id, null));
        // Written now, so a delete that lost a race answers 412 here rather than failing at commit.
        initiatives.flush();
    }

    public Versioned<InitiativeView> transition(UUID id, TransitionRequest request) {
        Initiative initiative = access.managed(id);
        InitiativeStatus from = initiative.status;
        LIFECYCLE.require(from, request.to());
        if (request.dialogueId() != null) {
            if (request.to() != InitiativeStatus.ENDORSED) {
                throw ProblemException.badField("dialogueId", "only an endorsement names the dialogue that endorsed it");
            }
            outcomes.requireEndorsement(request.dialogueId(), id);
        }
        Instant now = timestamps.now();
        LocalDate today = LocalDate.now(clock);
        transitions.moved("initiative", initiative.id, from, request.to(), "requested");
        initiative.status = request.to();
        if (request.to() == InitiativeStatus.ENDORSED && initiative.endorsedAt == null) {
            initiative.endorsedAt = now;
        }
        if (request.to() == InitiativeStatus.ACTIVE && initiative.actualStart == null) {
            initiative.actualStart = today;
        }
        if (request.to() == InitiativeStatus.CLOSED) {
            initiative.actualEnd = today;
        }
        initiative.updatedAt = now;
        initiative.updatedBy = caller.name();
        record(initiative, HistoryEntry.Kind.TRANSITIONED, from, request.to(), request.reason().strip(), List.of(), now)
                .dialogueId = request.dialogueId();
        // One type for every move: the new status is the view's; the move and its reason are in the history.
        events.record(initiative, "initiative", "transitioned", initiative.id, path(initiative),
                InitiativeMapper.toView(initiative));
        return Versioned.of(InitiativeMapper.toView(initiative), initiative);
    }

    @Transactional(TxType.SUPPORTS)
    public Page<HistoryEntry> history(UUID id, PageParams page) {
        access.visible(id);
        Page<InitiativeEvent> events = HISTORY.page(initiatives.getEntityManager(), cursors,
                InitiativeFilters.history(id), HISTORY.sort(page.sort), page.cursor,
                page.limit);
        return events.map(InitiativeMapper::toView);
    }

    /** One slice of the export: the views after {@code cursor} in creation order, read in a short transaction. */
    @Transactional(TxType.SUPPORTS)
    public Page<InitiativeView> exportSlice(Keyset.Filter filter, String cursor, int size) {
        Page<Initiative> rows = KEYSET.slice(initiatives.getEntityManager(), cursors, filter, KEYSET.sort("createdAt"),
                cursor, size);
        Page<InitiativeView> slice = rows.map(InitiativeMapper::toView);
        initiatives.getEntityManager().clear();
        return slice;
    }

    /** The filter an export runs with: the caller's visibility is fixed before the response starts streaming. */
    public Keyset.Filter exportFilter(InitiativeQuery query) {
        return InitiativeFilters.of(query, caller);
    }

    /** The filter the IATI export runs with: only what is public, whoever asks. */
    public Keyset.Filter publicFilter(InitiativeQuery query) {
        return InitiativeFilters.publicOnly(query);
    }

    private InitiativeEvent record(Initiative initiative, HistoryEntry.Kind kind, InitiativeStatus from,
            InitiativeStatus to, String reason, List<FieldChange> changes, Instant at) {
        InitiativeEvent event = new InitiativeEvent();
        event.id = UUID.randomUUID();
        event.initiativeId = initiative.id;
        event.at = at;
        event.by = caller.name();
        event.kind = kind;
        event.fromStatus = from;
        event.toStatus = to;
        event.reason = reason;
        event.changes = new ArrayList<>(changes);
        event.persist();
        return event;
    }

    private static String path(Initiative initiative) {
        return "/api/v1/initiatives/" + initiative.id;
    }

    private List<FieldChange> changes(JsonNode before, JsonNode after) {
        List<FieldChange> changes = new ArrayList<>();
        for (Iterator<String> names = ((ObjectNode) after).fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!AUDIT_FIELDS.contains(field) && !after.get(field).equals(before.get(field))) {
                changes.add(new FieldChange(field, before.get(field), after.get(field)));
            }
        }
        for (Iterator<String> names = ((ObjectNode) before).fieldNames(); names.hasNext();) {
            String field = names.next();
            if (!AUDIT_FIELDS.contains(field) && !after.has(field)) {
                changes.add(new FieldChange(field, before.get(field), null));
            }
        }
        return changes;
    }
}
