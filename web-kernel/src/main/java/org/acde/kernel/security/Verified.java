package org.acde.kernel.security;

import java.security.Permission;
import java.security.Principal;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.quarkus.security.credential.Credential;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.vertx.ext.web.RoutingContext;

/**
 * One verified token as {@link VerifiedTokens} keeps it: the identity quarkus-oidc built, minus the attributes that
 * belong to the request that brought the token (its {@link RoutingContext}, and the blocking-call context taken from
 * it), which would otherwise keep a finished request in memory and hand it to later ones.
 *
 * @param keyId the {@code kid} of the key that signed the token ({@code null} if its header names none)
 * @param expiresAtMillis when the entry stops being valid (epoch milliseconds)
 */
record Verified(Principal principal, Set<String> roles, Set<Credential> credentials, Map<String, Object> attributes,
        Set<Permission> permissions, String keyId, long expiresAtMillis) {

    private static final String ROUTING_CONTEXT = RoutingContext.class.getName();
    private static final String REQUEST_CONTEXT = AuthenticationRequestContext.class.getName();

    static Verified of(QuarkusSecurityIdentity identity, String keyId, long expiresAtMillis) {
        // Values may be null (quarkus-oidc adds some unconditionally), so no Map.copyOf.
        Map<String, Object> attributes = new HashMap<>(identity.getAttributes());
        attributes.remove(ROUTING_CONTEXT);
        attributes.remove(REQUEST_CONTEXT);
        return new Verified(identity.getPrincipal(), Set.copyOf(identity.getRoles()), Set.copyOf(identity.getCredentials()),
                Collections.unmodifiableMap(attributes), Set.copyOf(identity.getPermissions()), keyId, expiresAtMillis);
    }

    /** The identity for a request ({@code rc}, {@code null} outside HTTP) that carries this token. */
    SecurityIdentity identityFor(RoutingContext rc) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder()
                .setPrincipal(principal).addRoles(roles).addCredentials(credentials).addAttributes(attributes)
                .addPermissions(permissions);
        if (rc != null) {
            // As quarkus-oidc sets them (OidcUtils.setRoutingContextAttribute, setBlockingApiAttribute).
            builder.addAttribute(ROUTING_CONTEXT, rc).addAttribute(REQUEST_CONTEXT, rc.get(REQUEST_CONTEXT));
        }
        return builder.build();
    }
}
