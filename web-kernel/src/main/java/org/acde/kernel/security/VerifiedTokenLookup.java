package org.acde.kernel.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.inject.Singleton;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonObject;

/**
 * Answers a bearer token from {@link VerifiedTokens} before quarkus-oidc verifies it again. Quarkus asks the
 * identity providers of a request type from the highest priority down and moves to the next when one answers no
 * identity (a null item; QuarkusIdentityProviderManagerImpl, 3.33), so a miss here falls through to quarkus-oidc's
 * provider (priority {@link IdentityProvider#SYSTEM_FIRST} + 1), and {@link VerifiedTokenRecorder} keeps what it
 * verified. Augmentors run once on either path, on the identity as quarkus-oidc made it.
 *
 * <p>A token signed with a key the identity provider no longer publishes ({@link SigningKeys}) is refused here, cached
 * or not: quarkus-oidc keeps trusting every key it once loaded until a token with an unknown key id makes it fetch
 * the keys again, or the JVM restarts.
 */
@Singleton
public class VerifiedTokenLookup implements IdentityProvider<TokenAuthenticationRequest> {

    /** The request attribute that tells {@link VerifiedTokenRecorder} what to keep after a miss. */
    static final String MISS = VerifiedTokenLookup.class.getName() + ".miss";

    /** A token quarkus-oidc is about to verify: its cache key and the key id its header names. */
    record Miss(String key, String keyId) {
    }

    private final VerifiedTokens tokens;
    private final SigningKeys keys;

    VerifiedTokenLookup(VerifiedTokens tokens, SigningKeys keys) {
        this.tokens = tokens;
        this.keys = keys;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    @Override
    public int priority() {
        return SYSTEM_FIRST + 100;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String token = request.getToken().getToken();
        String key = tokens.enabled() ? VerifiedTokens.keyOf(token) : null;
        Verified verified = key != null ? tokens.find(key) : null;
        if (verified != null && !keys.retired(verified.keyId())) {
            return Uni.createFrom().item(verified.identityFor(HttpSecurityUtils.getRoutingContextAttribute(request)));
        }
        String keyId = verified != null ? verified.keyId() : keyIdOf(token);
        if (keys.retired(keyId)) {
            if (key != null) {
                tokens.forget(key);
            }
            return Uni.createFrom().failure(new AuthenticationFailedException(new RetiredKeyException()));
        }
        if (key != null) {
            request.setAttribute(MISS, new Miss(key, keyId));
        }
        return Uni.createFrom().nullItem();
    }

    /** The {@code kid} of a JWS's header; {@code null} if it names none or is no JWS (quarkus-oidc says what is wrong). */
    static String keyIdOf(String token) {
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        try {
            JsonObject header = new JsonObject(new String(Base64.getUrlDecoder().decode(token.substring(0, dot)),
                    StandardCharsets.UTF_8));
            return header.getValue("kid") instanceof String kid ? kid : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
