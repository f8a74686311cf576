package org.acde.initiatives.dialogue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.dialogues.InitiativeDialogueView;
import org.acde.contracts.dialogues.OutcomeInput;
import org.acde.contracts.dialogues.OutcomeKind;
import org.acde.contracts.dialogues.OutcomeView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.initiatives.initiative.EndorsingMeetings;
import org.acde.initiatives.initiative.Initiative;
import org.acde.initiatives.initiative.InitiativeAccess;
import org.acde.initiatives.initiative.InitiativeOutbox;
import org.acde.kernel.paging.CursorCodec;
import org.acde.kernel.security.Caller;
import org.acde.kernel.time.Timestamps;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.persistence.Keyset;

/**
 * Owns the rules of outcomes: recorded by the host's side once the dialogue has begun, about an initiative the
 * recorder may see; each read by whoever may read its initiative.
 */
@ApplicationScoped
@Transactional
public class OutcomeService implements EndorsingMeetings {

    private static final Keyset<Outcome> KEYSET = Keyset.of(Outcome.class)
            .field("recordedAt", "recordedAt", Instant::parse, e -> e.recordedAt)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("recordedAt")
            .build();
    private static final Keyset<Dialogue> THROUGH = Keyset.of(Dialogue.class)
            .field("startDate", "startDate", LocalDate::parse, e -> e.startDate)
            .id("id", UUID::fromString, e -> e.id)
            .defaultSort("startDate")
            .build();

    private final OutcomeRepository outcomes;
    private final DialogueAccess dialogues;
    private final InitiativeAccess initiatives;
    private final InitiativeOutbox events;
    private final CursorCodec cursors;
    private final Caller caller;
    private final Clock clock;
    private final Timestamps timestamps;

    OutcomeService(OutcomeRepository outcomes, DialogueAccess dialogues, InitiativeAccess initiatives,
            InitiativeOutbox events, CursorCodec cursors, Caller caller, Clock clock, Timestamps timestamps) {
        this.outcomes = outcomes;
        this.dialogues = dialogues;
        this.initiatives = initiatives;
        this.events = events;
        this.cursors = cursors;
        this.caller = caller;
        this.clock = clock;
        this.timestamps = timestamps;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<OutcomeView> list(UUID dialogueId, PageParams page) {
        dialogues.found(dialogueId);
        Page<Outcome> rows = KEYSET.page(outcomes.getEntityManager(), cursors,
                OutcomeFilters.of(dialogueId, initiatives.visibleAs("i")),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return rows.map(DialogueMapper::toView);
    }

    public Created<OutcomeView> create(UUID dialogueId, OutcomeInput input) {
        Dialogue dialogue = dialogues.hosted(dialogueId);
        OutcomeRules.check(input);
        Initiative initiative = initiatives.findVisible(input.initiativeId()).orElseThrow(() -> ProblemException
                .invalidField("initiativeId", "no initiative " + input.initiativeId() + " that the caller may see"));
        if (!dialogue.hasBegunBy(LocalDate.now(clock))) {
            throw ProblemException.conflict("The dialogue begins on " + dialogue.startDate
                    + "; its outcomes are recorded once it has begun");
        }
        if (outcomes.exists(dialogueId, initiative.id, input.kind())) {
            throw ProblemException.conflict("The dialogue already records " + input.kind() + " for " + initiative.code);
        }
        Outcome outcome = new Outcome();
        outcome.id = UUID.randomUUID();
        outcome.dialogueId = dialogueId;
        outcome.initiativeId = initiative.id;
        outcome.initiativeCode = initiative.code;
        DialogueMapper.apply(input, outcome);
        outcome.recordedBy = caller.name();
        outcome.recordedAt = timestamps.now();
        outcomes.persist(outcome);
        OutcomeView view = DialogueMapper.toView(outcome);
        // About the initiative, so for those who may read it; the dialogue itself does not change.
        events.record(initiative, "dialogue-outcome", "recorded", outcome.id, path(outcome), view);
        return Created.of(URI.create(path(outcome)), outcome, view);
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<OutcomeView> get(UUID dialogueId, UUID id) {
        Outcome outcome = dialogues.visibleOutcome(dialogueId, id);
        return Versioned.of(DialogueMapper.toView(outcome), outcome);
    }

    /** The dialogues with an outcome about the initiative, each with those outcomes. */
    @Transactional(TxType.SUPPORTS)
    public Page<InitiativeDialogueView> through(UUID initiativeId, PageParams page) {
        initiatives.visible(initiativeId);
        Page<Dialogue> rows = THROUGH.page(outcomes.getEntityManager(), cursors, OutcomeFilters.about(initiativeId),
                THROUGH.sort(page.sort), page.cursor, page.limit);
        Map<UUID, List<OutcomeView>> byDialogue = rows.items().isEmpty() ? Map.of()
                : outcomes.about(initiativeId, rows.items().stream().map(d -> d.id).toList()).stream()
                        .collect(Collectors.groupingBy(o -> o.dialogueId, Collectors.mapping(DialogueMapper::toView,
                                Collectors.toList())));
        return rows.map(d -> DialogueMapper.toView(d, byDialogue.getOrDefault(d.id, List.of())));
    }

    /**
     * For an endorsement that names {@code dialogueId}: the dialogue must exist and record an ENDORSED outcome for the
     * initiative, so the initiative's history and the meeting's record agree (422 naming {@code dialogueId}).
     */
    @Override
    @Transactional(TxType.SUPPORTS)
    public void requireEndorsement(UUID dialogueId, UUID initiativeId) {
        if (dialogues.find(dialogueId).isEmpty()) {
            throw ProblemException.invalidField("dialogueId", "no dialogue " + dialogueId);
        }
        if (!outcomes.exists(dialogueId, initiativeId, OutcomeKind.ENDORSED)) {
            throw ProblemException.invalidField("dialogueId", "dialogue " + dialogueId
                    + " records no ENDORSED outcome for this initiative; its host's agency or the secretariat records it first");
        }
    }

    private static String path(Outcome outcome) {
        return DialogueService.path(outcome.dialogueId) + "/outcomes/" + outcome.id;
    }
}
