package org.acde.contracts.initiatives;

import org.acde.contracts.openapi.ContractConventions;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;

import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(requiredProperties = { "id", "initiativeId", "title", "dueDate", "status" }, description = "A milestone of an initiative", extensions = @Extension(name = ContractConventions.VERSIONED, value = "true"))
public record MilestoneView(UUID id, UUID initiativeId, String title, LocalDate dueDate, MilestoneStatus status,
        LocalDate completedOn) {
}
