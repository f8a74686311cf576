package org.acde.initiatives.milestone;

import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.transaction.Transactional.TxType;

import org.acde.contracts.http.ETags;
import org.acde.contracts.initiatives.MilestoneInput;
import org.acde.contracts.initiatives.MilestoneView;
import org.acde.contracts.paging.Page;
import org.acde.contracts.paging.PageParams;
import org.acde.contracts.problem.ProblemException;
import org.acde.initiatives.initiative.Initiative;
import org.acde.initiatives.initiative.InitiativeAccess;
import org.acde.initiatives.initiative.InitiativeFilters;
import org.acde.initiatives.initiative.InitiativeOutbox;
import org.acde.kernel.paging.CursorCodec;
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
    private final InitiativeOutbox events;
    private final CursorCodec cursors;

    MilestoneService(MilestoneRepository milestones, InitiativeAccess access, InitiativeOutbox events,
            CursorCodec cursors) {
        this.milestones = milestones;
        this.access = access;
        this.events = events;
        this.cursors = cursors;
    }

    @Transactional(TxType.SUPPORTS)
    public Page<MilestoneView> list(UUID initiativeId, PageParams page) {
        access.visible(initiativeId);
        Page<Milestone> rows = KEYSET.page(milestones.getEntityManager(), cursors,
                InitiativeFilters.under(initiativeId),
                KEYSET.sort(page.sort), page.cursor, page.limit);
        return rows.map(MilestoneMapper::toView);
    }

    public Created<MilestoneView> create(UUID initiativeId, MilestoneInput input) {
        Initiative initiative = access.managed(initiativeId);
        MilestoneRules.check(input);
        Milestone milestone = new Milestone();
        milestone.id = UUID.randomUUID();
        milestone.initiativeId = initiativeId;
        MilestoneMapper.apply(input, milestone);
        milestones.persist(milestone);
        MilestoneView view = MilestoneMapper.toView(milestone);
        events.record(initiative, "milestone", "created", milestone.id, path(milestone), view);
        return Created.of(URI.create(path(milestone)), milestone, view);
    }

    @Transactional(TxType.SUPPORTS)
    public Versioned<MilestoneView> get(UUID initiativeId, UUID id) {
        access.visible(initiativeId);
        Milestone milestone = find(initiativeId, id);
        return Versioned.of(MilestoneMapper.toView(milestone), milestone);
    }

    public Versioned<MilestoneView> update(UUID initiativeId, UUID id, String ifMatch, MilestoneInput input) {
        Initiative initiative = access.managed(initiativeId);
        Milestone milestone = find(initiativeId, id);
        ETags.requireMatch(ifMatch, milestone.version);
        MilestoneRules.check(input);
        MilestoneView before = MilestoneMapper.toView(milestone);
        MilestoneMapper.apply(input, milestone);
        MilestoneView view = MilestoneMapper.toView(milestone);
        if (!view.equals(before)) {
            events.record(initiative, "milestone", "updated", milestone.id, path(milestone), view);
        }
        return Versioned.of(view, milestone);
    }

    public void delete(UUID initiativeId, UUID id, String ifMatch) {
        Initiative initiative = access.managed(initiativeId);
        Milestone milestone = find(initiativeId, id);
        ETags.requireMatch(ifMatch, milestone.version);
        milestones.delete(milestone);
        events.record(initiative, "milestone", "deleted", milestone.id, path(milestone),
                new InitiativeOutbox.Deleted(milestone.id, initiativeId));
        // Written now, so a delete that lost a race answers 412 here rather than failing at commit.
        milestones.flush();
    }

    private static String path(Milestone milestone) {
        return "/api/v1/initiatives/" + milestone.initiativeId + "/milestones/" + milestone.id;
    }

    private Milestone find(UUID initiativeId, UUID id) {
        return milestones.findIn(initiativeId, id).orElseThrow(() -> ProblemException.notFound("Milestone", id));
    }
}
