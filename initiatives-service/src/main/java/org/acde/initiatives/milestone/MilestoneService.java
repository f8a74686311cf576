package org.acde.initiatives.milestone;

import java.net.URI;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.http.ETags;
import org.acde.contracts.initiatives.MilestoneInput;
import org.acde.contracts.initiatives.MilestoneStatus;
import org.acde.contracts.initiatives.MilestoneView;
import org.acde.contracts.paging.CursorCodec;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.initiatives.initiative.InitiativeAccess;
import org.acde.platform.http.Created;
import org.acde.platform.http.Versioned;
import org.acde.platform.persistence.Keyset;

/** Milestones of an initiative: read by whoever sees it, changed by whoever manages it. */
@ApplicationScoped
@Transactional
public class MilestoneService {

    private static final Keyset<Milestone> KEYSET = Keyset.of(Milestone.class)
            .field("dueDate", "dueDate", LocalDate::parse, m -> m.dueDate)
            .id("id", UUID::fromString, m -> m.id)
            .defaultSort("dueDate")
            .build();

    private final MilestoneRepository milestones;
    private final InitiativeAccess access;
    private final CursorCodec cursors;

    MilestoneService(MilestoneRepository milestones, InitiativeAccess access, CursorCodec cursors) {
        this.milestones = milestones;
        this.access = access;
        this.cursors = cursors;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<MilestoneView> list(UUID initiativeId, PageParams page) {
        access.visible(initiativeId);
        Page<Milestone> rows = KEYSET.page(milestones.getEntityManager(), cursors,
                new Keyset.Filter("e.initiativeId = :initiative", Map.of("initiative", initiativeId)),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return new Page<>(rows.items().stream().map(MilestoneService::toView).toList(), rows.nextCursor(), rows.total());
    }

    public Created<MilestoneView> create(UUID initiativeId, MilestoneInput input) {
        access.managed(initiativeId);
        checkCompletion(input);
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.initiativeId = initiativeId;
        apply(input, milestone);
        milestones.persist(milestone);
        milestones.flush();
        return new Created<>(URI.create("/api/v1/initiatives/" + initiativeId + "/milestones/" + milestone.id),
                milestone.version, toView(milestone));
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<MilestoneView> get(UUID initiativeId, UUID id) {
        access.visible(initiativeId);
        Milestone milestone = find(initiativeId, id);
        return new Versioned<>(toView(milestone), milestone.version);
    }

    public Versioned<MilestoneView> update(UUID initiativeId, UUID id, String ifMatch, MilestoneInput input) {
        access.managed(initiativeId);
        Milestone milestone = find(initiativeId, id);
        ETags.requireMatch(ifMatch, milestone.version);
        checkCompletion(input);
        apply(input, milestone);
        milestones.flush();
        return new Versioned<>(toView(milestone), milestone.version);
    }

    public void delete(UUID initiativeId, UUID id, String ifMatch) {
        access.managed(initiativeId);
        Milestone milestone = find(initiativeId, id);
        ETags.requireMatch(ifMatch, milestone.version);
        milestones.delete(milestone);
        milestones.flush();
    }

    private Milestone find(UUID initiativeId, UUID id) {
        return milestones.findIn(initiativeId, id).orElseThrow(() -> ProblemException.notFound("Milestone", id));
    }

    private static void checkCompletion(MilestoneInput input) {
        if (input.status() == MilestoneStatus.DONE && input.completedOn() == null) {
            throw ProblemException.badField("completedOn", "required when the milestone is DONE");
        }
        if (input.status() != MilestoneStatus.DONE && input.completedOn() != null) {
            throw ProblemException.badField("completedOn", "only a DONE milestone has a completion date");
        }
    }

    private static void apply(MilestoneInput input, Milestone milestone) {
        milestone.title = input.title().strip();
        milestone.dueDate = input.dueDate();
        milestone.status = input.status();
        milestone.completedOn = input.completedOn();
    }

    private static MilestoneView toView(Milestone m) {
        return new MilestoneView(m.id, m.initiativeId, m.title, m.dueDate, m.status, m.completedOn);
    }
}
