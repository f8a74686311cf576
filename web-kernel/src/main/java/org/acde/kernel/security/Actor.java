package org.acde.kernel.security;

/**
 * Who a bearer token speaks for, as {@link TokenClaims} reads it. Keycloak issues a client's own tokens (its service
 * account, client-credentials grant) and a person's, signed in through a client (Swagger UI, a partner's web app). A
 * person acts under the client but is not the client: their own rows, audit entries, Idempotency-Keys and rate limit
 * are theirs alone.
 *
 * @param clientId the OAuth2 client ({@code azp}, else {@code client_id}); {@code null} if the token names none
 * @param subject the token's {@code sub}
 * @param username {@code preferred_username}, for display; {@code null} if absent
 * @param user whether a person signed in, rather than a client acting on its own
 */
public record Actor(String clientId, String subject, String username, boolean user) {

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
}
