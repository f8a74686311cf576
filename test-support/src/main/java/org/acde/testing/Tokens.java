package org.acde.testing;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;

/**
 * Signed access tokens shaped like Keycloak 26's for the realm {@code acde}: realm roles in {@code realm_access.roles},
 * the party in a top-level {@code party} claim, the client in {@code azp}, audience {@code acde-api}. Two kinds, as
 * Keycloak issues them: a client's own (client credentials: no session, {@code preferred_username}
 * {@code service-account-<client>}) and a person's, signed in through a client (a session {@code sid}, their own
 * {@code preferred_username}). Signed with the key {@link OidcServer} publishes.
 */
public final class Tokens {

    public static final String AUDIENCE = "acde-api";
    /** The public client people sign in through in Swagger UI. */
    public static final String DEVELOPER_PORTAL = "developer-portal";

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
        return common(clientId, clientId, role, party)
                .claim("scope", "email profile")
                .claim("preferred_username", "service-account-" + clientId);
    }

    /** A person signed in to Swagger UI (the developer portal) with realm role {@code role} and party attribute {@code party}. */
    public static String user(String username, String role, String party) {
        return userClaims(DEVELOPER_PORTAL, username, role, party).sign();
    }

    /** A person's token, as the client {@code clientId} got it for them (authorization code), ready to sign. */
    public static JwtClaimsBuilder userClaims(String clientId, String username, String role, String party) {
        return common(clientId, "user:" + username, role, party)
                .claim("auth_time", Instant.now().getEpochSecond())
                .claim("sid", UUID.randomUUID().toString())
                .claim("scope", "openid email profile")
                .claim("preferred_username", username)
                .claim("email", username + "@acde.invalid");
    }

    /** An agency's token that expired at {@code expiry} (whole seconds, as JWTs carry it). */
    public static String expired(Instant expiry) {
        return claims("agency-vn-demo", "agency", "VN").issuedAt(expiry.minusSeconds(300)).expiresAt(expiry).sign();
    }

    /** An agency's token signed with a key the identity provider never published, under its key id: a forgery. */
    public static String forged() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return claims("agency-vn-demo", "agency", "VN").jws().keyId(OidcServer.KEY_ID)
                    .sign(generator.generateKeyPair().getPrivate());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code token} with one byte of its signature flipped: the same header and claims, a signature that fails. */
    public static String withSignatureByteFlipped(String token) {
        int dot = token.lastIndexOf('.');
        byte[] signature = Base64.getUrlDecoder().decode(token.substring(dot + 1));
        signature[signature.length / 2] ^= 0x01;
        return token.substring(0, dot + 1) + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** The subject of the person {@code username} in these tokens (Keycloak's user id). */
    public static String subjectOf(String username) {
        return subject("user:" + username);
    }

    private static JwtClaimsBuilder common(String clientId, String subjectSeed, String role, String party) {
        JwtClaimsBuilder claims = Jwt.issuer(OidcServer.ISSUER)
                .audience(AUDIENCE)
                .subject(subject(subjectSeed))
                .claim("typ", "Bearer")
                .claim("azp", clientId)
                .claim("acr", "1")
                .claim("realm_access", Map.of("roles", role == null ? List.of() : List.of(role)))
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300));
        if (party != null) {
            claims.claim("party", party);
        }
        return claims;
    }

    private static String subject(String seed) {
        return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)).toString();
    }
}
