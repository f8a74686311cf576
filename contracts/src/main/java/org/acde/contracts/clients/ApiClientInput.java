package org.acde.contracts.clients;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.acde.contracts.reference.Party;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A partner system or national agency back-end to onboard as an OAuth2 client (client-credentials grant). */
@Schema(examples = "{\"clientId\": \"agency-ph-dict\", \"name\": \"DICT Philippines integration\", \"description\": \"Back-end of the Department of Information and Communications Technology\", \"role\": \"AGENCY\", \"party\": \"PH\"}", description = "An API client to create")
public record ApiClientInput(
        @NotNull @Pattern(regexp = ApiClientInput.CLIENT_ID, message = "3 to 63 lower-case letters, digits or '-', starting with a letter or digit")
        @Schema(maxLength = ApiClientInput.CLIENT_ID_MAX, examples = "agency-ph-dict") String clientId,
        @NotBlank @Size(max = 100) @Schema(examples = "DICT Philippines integration") String name,
        @Size(max = 500) String description,
        @NotNull PlatformRole role,
        @Schema(description = "Required for AGENCY and PARTNER clients; absent for SECRETARIAT") Party party) {

    /** What an API client's id looks like: the Keycloak client id the gateway creates. */
    public static final String CLIENT_ID = "^[a-z0-9][a-z0-9-]{2,62}$";
    /** The longest client id {@link #CLIENT_ID} admits. */
    public static final int CLIENT_ID_MAX = 63;
}
