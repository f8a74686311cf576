package org.acde.testing;

import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * A mock OpenID provider on a dynamic port (WireMock, no Docker) whose keys sign the tokens {@link Tokens} mints;
 * the service under test discovers it exactly as it discovers Keycloak.
 */
public class OidcServer extends OidcWiremockTestResource {

    /** The issuer the mock provider announces in its discovery document. */
    public static final String ISSUER = "https://server.example.com";
    /** The id of the key the mock provider publishes and signs with. */
    public static final String KEY_ID = "1";

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new HashMap<>(super.start());
        config.put("quarkus.oidc.auth-server-url", config.get("keycloak.url") + "/realms/quarkus");
        // The shared config pins the issuer to the server URL (as Keycloak's tokens carry it); the mock's differs.
        config.put("quarkus.oidc.token.issuer", ISSUER);
        return config;
    }
}
