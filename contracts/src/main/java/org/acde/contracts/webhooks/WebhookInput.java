package org.acde.contracts.webhooks;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.Party;
import org.acde.contracts.validation.NoDuplicates;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a client writes about a subscription. The secret, status, owner and audit fields are server-owned. */
@Schema(examples = "{\"url\": \"https://erp.partner.example/acde/webhooks\", \"types\": [\"org.acde.matchmaking.interest.\", \"org.acde.capacity.certificate.revoked\"], \"parties\": [\"VN\"], \"description\": \"Interests and revoked certificates into our CRM\"}", description = "A webhook subscription as written by a client")
public record WebhookInput(
        @NotNull @Size(max = 2000)
        @Schema(format = "uri", examples = "https://erp.partner.example/acde/webhooks", description = "An https URL whose host resolves to public addresses only; redirects are not followed") String url,
        @NoDuplicates @NotNull @Size(min = 1, max = 50)
        @Schema(description = "Event types to receive: an exact type, or a prefix ending with `.` (`org.acde.matchmaking.interest.`; `org.acde.` for every event)")
        List<@NotNull @Size(max = 200) @Pattern(regexp = WebhookInput.TYPE, message = "an event type such as org.acde.matchmaking.interest.accepted, or a prefix ending with '.'") String> types,
        @NoDuplicates @Size(max = 12) @Schema(description = "Only events about one of these parties; absent or empty: every party") List<@NotNull Party> parties,
        @Size(max = 500) @Schema(examples = "Interests and revoked certificates into our CRM") String description) {

    /** An event type, or a prefix of one ending with a dot. */
    public static final String TYPE = "^[a-z0-9_-]+(\\.[a-z0-9_-]+)*\\.?$";
}
