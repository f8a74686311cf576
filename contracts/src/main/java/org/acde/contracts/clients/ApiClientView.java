package org.acde.contracts.clients;

import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An onboarded API client; its secret is never shown again after creation or rotation. */
@Schema(requiredProperties = { "clientId", "name", "role", "enabled" }, description = "An API client")
public record ApiClientView(String clientId, String name, String description, PlatformRole role, Party party,
        @Schema(description = "False once disabled: it can obtain no new token") boolean enabled) {
}
