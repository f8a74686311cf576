package org.acde.initiatives.milestone;

import org.acde.contracts.initiatives.MilestoneInput;
import org.acde.contracts.initiatives.MilestoneView;

/** Between the milestone entity and its API representations. */
final class MilestoneMapper {

    private MilestoneMapper() {
    }

    static MilestoneView toView(Milestone m) {
        return new MilestoneView(m.id, m.initiativeId, m.title, m.dueDate, m.status, m.completedOn);
    }

    /** Copies every client-writable field. */
    static void apply(MilestoneInput input, Milestone milestone) {
        milestone.title = input.title().strip();
        milestone.dueDate = input.dueDate();
        milestone.status = input.status();
        milestone.completedOn = input.completedOn();
    }
}
