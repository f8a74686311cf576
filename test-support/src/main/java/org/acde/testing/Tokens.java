package org.acde.testing;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens shaped like Keycloak's client-credentials tokens for the realm {@code acde}: realm roles in
 * {@code realm_access.roles}, the party in a top-level {@code party} claim, the client in {@code azp}, audience
 * {@code acde-api}. Signed with the key {@link OidcServer} publishes.
 */
public final class Tokens {

    public static final String AUDIENCE = "acde-api";

    private Tokens() {
    }

    public static String secretariat() {
        return token("secretariat-demo", "secretariat", null);
    }

    public static String agency(String party) {
        return token("agency-" + party.toLowerCase() + "-demo", "agency", party);
    }

    public static String partner(String party) {
        return token("partner-" + party.toLowerCase() + "-demo", "partner", party);
    }

    /** A partner or agency token for another client of the same party (a second owner). */
    public static String client(String clientId, String role, String party) {
        return token(clientId, role, party);
    }

    public static String token(String clientId, String role, String party) {
        return claims(clientId, role, party).sign();
    }

    /** Claims ready to sign, for tests that need to bend one (expiry, audience, issuer). */
    public static JwtClaimsBuilder claims(String clientId, String role, String party) {
        JwtClaimsBuilder claims = Jwt.issuer(OidcServer.ISSUER)
                .audience(AUDIENCE)
                .subject(UUID.nameUUIDFromBytes(clientId.getBytes()).toString())
                .claim("azp", clientId)
                .claim("preferred_username", "service-account-" + clientId)
                .claim("realm_access", Map.of("roles", role == null ? List.of() : List.of(role)))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
        if (party != null) {
            claims.claim("party", party);
        }
        return claims;
    }
}
