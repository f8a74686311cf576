package org.acde.kernel.security;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * Keycloak at an address where it cannot help, without the mock provider the module's other tests share. The tokens
 * are signed with the mock provider's key (as elsewhere), which nobody can fetch there.
 */
public abstract class UnreachableIdentityProvider implements QuarkusTestProfile {

    /** The realm URL the services are given. */
    abstract String authServerUrl();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.oidc.auth-server-url", authServerUrl(), "quarkus.oidc.connection-timeout", "1S",
                "acde.identity-provider.timeout", "1s", "smallrye.jwt.sign.key.location", "privateKey.jwk");
    }

    @Override
    public boolean disableGlobalTestResources() {
        return true;
    }
}
