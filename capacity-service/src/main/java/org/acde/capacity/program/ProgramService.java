package org.acde.capacity.program;

import java.net.URI;
import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.capacity.ProgramInput;
import org.acde.contracts.capacity.ProgramQuery;
import org.acde.contracts.capacity.ProgramStatus;
import org.acde.contracts.capacity.ProgramTransition;
import org.acde.contracts.capacity.ProgramView;
import org.acde.contracts.http.ETags;
import org.acde.contracts.initiatives.InitiativeView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.initiatives.client.InitiativesClient;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.lifecycle.TransitionLog;
import org.acde.platform.lifecycle.Transitions;
import org.acde.platform.persistence.Keyset;

/** Owns the rules of programs: who creates and changes which, the lifecycle and the initiative link. */
@ApplicationScoped
@Transactional
public class ProgramService {

    /** The allowed status moves: DRAFT → PUBLISHED → ARCHIVED, and DRAFT → ARCHIVED. */
    static final Transitions<ProgramStatus> LIFECYCLE = Transitions.of(ProgramStatus.class, "program")
            .from(ProgramStatus.DRAFT, ProgramStatus.PUBLISHED, ProgramStatus.ARCHIVED)
            .from(ProgramStatus.PUBLISHED, ProgramStatus.ARCHIVED)
            .build();

    static final Keyset<Program> KEYSET = Keyset.of(Program.class)
            .field("createdAt", "createdAt", Instant::parse, e -> e.createdAt)
            .field("updatedAt", "updatedAt", Instant::parse, e -> e.updatedAt)
            .field("title", "title", value -> value, e -> e.title)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("-createdAt")
            .build();

    private final ProgramRepository programs;
    private final ProgramAccess access;
    private final InitiativesClient initiatives;
    private final CursorCodec cursors;
    private final Caller caller;
    private final Timestamps timestamps;
    private final TransitionLog transitions;
    private final ProgramEvents events;

    ProgramService(ProgramRepository programs, ProgramAccess access, InitiativesClient initiatives, CursorCodec cursors,
            Caller caller, Timestamps timestamps, TransitionLog transitions, ProgramEvents events) {
        this.programs = programs;
        this.access = access;
        this.initiatives = initiatives;
        this.cursors = cursors;
        this.caller = caller;
        this.timestamps = timestamps;
        this.transitions = transitions;
        this.events = events;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<ProgramView> list(ProgramQuery query, PageParams page) {
        Page<Program> rows = KEYSET.page(programs.getEntityManager(), cursors, ProgramFilters.of(query, caller),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return rows.map(ProgramMapper::toView);
    }

    public Created<ProgramView> create(ProgramInput input) {
        access.providing(input.providerParty());
        InitiativeView initiative = initiatives.linkable(input.initiativeId());
        Instant now = timestamps.now();
        Program program = new Program();
        program.id = UUID.randomUUID();
        ProgramMapper.apply(input, program);
        link(program, initiative);
        program.status = ProgramStatus.DRAFT;
        program.createdBy = program.updatedBy = caller.name();
        program.createdAt = program.updatedAt = now;
        programs.persist(program);
        events.created(program);
        return Created.of(URI.create("/api/v1/programs/" + program.id), program, ProgramMapper.toView(program));
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<ProgramView> get(UUID id) {
        Program program = access.visible(id);
        return Versioned.of(ProgramMapper.toView(program), program);
    }

    public Versioned<ProgramView> update(UUID id, String ifMatch, ProgramInput input) {
        Program program = access.managed(id);
        ETags.requireMatch(ifMatch, program.version);
        access.moving(program, input.providerParty());
        InitiativeView initiative = initiatives.linkable(input.initiativeId());
        ProgramMapper.apply(input, program);
        link(program, initiative);
        program.updatedAt = timestamps.now();
        program.updatedBy = caller.name();
        events.updated(program);
        return Versioned.of(ProgramMapper.toView(program), program);
    }

    public Versioned<ProgramView> transition(UUID id, ProgramTransition request) {
        Program program = access.managed(id);
        LIFECYCLE.require(program.status, request.to());
        transitions.moved("program", program.id, program.status, request.to(), "requested");
        program.status = request.to();
        program.updatedAt = timestamps.now();
        program.updatedBy = caller.name();
        events.moved(program);
        return Versioned.of(ProgramMapper.toView(program), program);
    }

    private static void link(Program program, InitiativeView initiative) {
        program.initiativeId = initiative == null ? null : initiative.id();
        program.initiativeCode = initiative == null ? null : initiative.code();
    }
}
