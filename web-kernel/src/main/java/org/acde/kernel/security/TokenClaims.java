package org.acde.kernel.security;

import java.util.List;
import java.util.Optional;

import jakarta.json.JsonString;

import org.acde.contracts.reference.Party;
import org.acde.contracts.security.Role;
import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The claims of a caller's token, read here and nowhere else: who acts ({@link Actor}), the party a client acts for
 * ({@value #PARTY}) and its platform role. Roles reach the identity from {@code realm_access.roles}
 * ({@code quarkus.oidc.roles.role-claim-path}).
 */
public final class TokenClaims {

    public static final String PARTY = "party";
    /** Most privileged first: a token with several roles has the first. */
    private static final List<String> ROLES = List.of(Role.SECRETARIAT, Role.AGENCY, Role.PARTNER);
    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    private final SecurityIdentity identity;

    private TokenClaims(SecurityIdentity identity) {
        this.identity = identity;
    }

    public static TokenClaims of(SecurityIdentity identity) {
        return new TokenClaims(identity);
    }

    /**
     * Who acts; empty for anonymous callers. A service account is recognised by marks only Keycloak sets: its token
     * carries no session ({@code sid}) and names the client itself, in {@code client_id} (clients created through the
     * admin API) or as {@code preferred_username} {@code service-account-<client>} (clients imported with the realm).
     * A person always has a session, so a user who is named {@code service-account-developer-portal} cannot pass for
     * that client.
     */
    public Optional<Actor> actor() {
        if (identity == null || identity.isAnonymous()) {
            return Optional.empty();
        }
        if (!(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.of(new Actor(null, identity.getPrincipal().getName(), identity.getPrincipal().getName(), true));
        }
        String clientId = claim(jwt, "azp").or(() -> claim(jwt, "client_id")).orElse(null);
        String username = claim(jwt, "preferred_username").orElse(null);
        boolean serviceAccount = clientId != null && claim(jwt, "sid").isEmpty()
                && (clientId.equals(claim(jwt, "client_id").orElse(null))
                        || (SERVICE_ACCOUNT_PREFIX + clientId).equals(username));
        String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
        return Optional.of(new Actor(clientId, subject, username, !serviceAccount));
    }

    /** The party an agency or partner acts for; empty for the secretariat, anonymous callers and unknown codes. */
    public Optional<Party> party() {
        if (identity == null || !(identity.getPrincipal() instanceof JsonWebToken jwt)) {
            return Optional.empty();
        }
        return claim(jwt, PARTY).flatMap(TokenClaims::toParty);
    }

    /** The most privileged platform role the token holds; empty for a client with none. */
    public Optional<String> role() {
        return ROLES.stream().filter(identity::hasRole).findFirst();
    }

    private static Optional<String> claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        return Optional.ofNullable(value).map(Object::toString);
    }

    private static Optional<Party> toParty(String code) {
        try {
            return Optional.of(Party.valueOf(code));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
