package org.acde.initiatives.dialogue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.dialogues.DialogueInput;
import org.acde.contracts.dialogues.DialogueQuery;
import org.acde.contracts.dialogues.DialogueView;
import org.acde.contracts.http.ETags;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.persistence.Keyset;

/** Owns the rules of dialogues: who records and changes which. */
@ApplicationScoped
@Transactional
public class DialogueService {

    static final Keyset<Dialogue> KEYSET = Keyset.of(Dialogue.class)
            .field("startDate", "startDate", LocalDate::parse, e -> e.startDate)
            .field("createdAt", "createdAt", Instant::parse, e -> e.createdAt)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("-startDate")
            .build();

    private final DialogueRepository dialogues;
    private final OutcomeRepository outcomes;
    private final DialogueAccess access;
    private final DialogueEvents events;
    private final CursorCodec cursors;
    private final Caller caller;
    private final Clock clock;
    private final Timestamps timestamps;

    DialogueService(DialogueRepository dialogues, OutcomeRepository outcomes, DialogueAccess access,
            DialogueEvents events, CursorCodec cursors, Caller caller, Clock clock, Timestamps timestamps) {
        this.dialogues = dialogues;
        this.outcomes = outcomes;
        this.access = access;
        this.events = events;
        this.cursors = cursors;
        this.caller = caller;
        this.clock = clock;
        this.timestamps = timestamps;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<DialogueView> list(DialogueQuery query, PageParams page) {
        Page<Dialogue> rows = KEYSET.page(dialogues.getEntityManager(), cursors, DialogueFilters.of(query),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return rows.map(DialogueMapper::toView);
    }

    public Created<DialogueView> create(DialogueInput input) {
        access.hosting(input.hostParty());
        DialogueRules.check(input);
        Dialogue dialogue = new Dialogue();
        dialogue.id = UUID.randomUUID();
        DialogueMapper.apply(input, dialogue);
        dialogue.createdBy = dialogue.updatedBy = caller.name();
        dialogue.createdAt = dialogue.updatedAt = timestamps.now();
        dialogues.persist(dialogue);
        events.record(dialogue, "created");
        return Created.of(URI.create(path(dialogue.id)), dialogue, DialogueMapper.toView(dialogue));
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<DialogueView> get(UUID id) {
        Dialogue dialogue = access.found(id);
        return Versioned.of(DialogueMapper.toView(dialogue), dialogue);
    }

    public Versioned<DialogueView> update(UUID id, String ifMatch, DialogueInput input) {
        Dialogue dialogue = access.hosted(id);
        ETags.requireMatch(ifMatch, dialogue.version);
        access.handing(dialogue, input.hostParty());
        DialogueRules.check(input);
        if (input.startDate().isAfter(LocalDate.now(clock)) && outcomes.anyIn(id)) {
            throw ProblemException.conflict("The dialogue has outcomes, so it has begun: its startDate cannot move past today");
        }
        DialogueView before = DialogueMapper.toView(dialogue);
        DialogueMapper.apply(input, dialogue);
        if (!DialogueMapper.toView(dialogue).equals(before)) {
            dialogue.updatedAt = timestamps.now();
            dialogue.updatedBy = caller.name();
            events.record(dialogue, "updated");
        }
        return Versioned.of(DialogueMapper.toView(dialogue), dialogue);
    }

    static String path(UUID id) {
        return "/api/v1/dialogues/" + id;
    }
}
