package org.acde.kernel.security;

import java.util.Optional;

import jakarta.json.JsonString;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who a bearer token speaks for, read from its claims here and nowhere else. Keycloak issues a client's own tokens
 * (its service account, client-credentials grant) and a person's, signed in through a client (Swagger UI, a
 * partner's web app). A person acts under the client but is not the client: their own rows, audit entries,
 * Idempotency-Keys and rate limit are theirs alone.
 *
 * <p>A service account is recognised by marks only Keycloak sets: its token carries no session ({@code sid}) and
 * names the client itself, in {@code client_id} (clients created through the admin API) or as
 * {@code preferred_username} {@code service-account-<client>} (clients imported with the realm). A person always
 * has a session, so a user who is named {@code service-account-developer-portal} cannot pass for that client.
 *
 * @param clientId the OAuth2 client ({@code azp}, else {@code client_id}); {@code null} if the token names none
 * @param subject the token's {@code sub}
 * @param username {@code preferred_username}, for display; {@code null} if absent
 * @param user whether a person signed in, rather than a client acting on its own
 */
public record Actor(String clientId, String subject, String username, boolean user) {

    private static final String SERVICE_ACCOUNT_PREFIX = "service-account-";

    /** The actor of an authenticated identity's token; empty for anonymous callers. */
    public static Optional<Actor> of(SecurityIdentity identity) {
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

    /**
     * The stable key of ownership and Idempotency-Key scope: the client id for a service account (as before people
     * were told apart, so rows it owned stay its own), {@code user:<sub>} for a person, whichever client they use.
     * The platform's client ids never contain ':' (see the gateway's onboarding), so the two never collide.
     */
    public String id() {
        return user ? "user:" + subject : clientId;
    }

    /** For audit fields: the client id for a service account, {@code <username> via <client>} for a person. */
    public String name() {
        if (!user) {
            return clientId;
        }
        String who = username != null ? username : "user:" + subject;
        return clientId != null ? who + " via " + clientId : who;
    }

    static Optional<String> claim(JsonWebToken jwt, String name) {
        Object value = jwt.getClaim(name);
        if (value instanceof JsonString string) {
            return Optional.of(string.getString());
        }
        return Optional.ofNullable(value).map(Object::toString);
    }
}
