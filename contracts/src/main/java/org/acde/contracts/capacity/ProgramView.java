package org.acde.contracts.capacity;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.acde.contracts.reference.Measure;
import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A program as the API shows it. */
@Schema(description = "A capacity-building program")
public record ProgramView(
        UUID id,
        String title,
        String description,
        Measure measure,
        List<Topic> topics,
        List<Audience> audiences,
        Party providerParty,
        String providerOrganisation,
        Delivery delivery,
        List<String> languages,
        UUID initiativeId,
        @Schema(description = "The linked initiative's code, as initiatives-service gave it", examples = "ACI-2026-0042") String initiativeCode,
        Integer certificateValidityMonths,
        ProgramStatus status,
        String createdBy,
        Instant createdAt,
        String updatedBy,
        Instant updatedAt) {
}
