package org.acde.contracts.clients;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Shown exactly once: the client's secret and where to exchange it for tokens. */
@Schema(description = "Client credentials, shown only in this response")
public record ApiClientCredentials(
        ApiClientView client,
        @Schema(description = "The client secret; store it now, it cannot be read again") String secret,
        @Schema(format = "uri", description = "POST grant_type=client_credentials with client_id and client_secret here", examples = "http://localhost:8180/realms/acde/protocol/openid-connect/token") String tokenUrl) {
}
