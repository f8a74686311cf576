package org.acde.contracts.initiatives;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A milestone of an initiative")
public record MilestoneView(UUID id, UUID initiativeId, String title, LocalDate dueDate, MilestoneStatus status,
        LocalDate completedOn) {
}
