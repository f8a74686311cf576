package org.acde.kernel.security;

import java.util.Map;

import jakarta.inject.Singleton;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;

/**
 * Keeps the identity quarkus-oidc verified after a miss of {@link VerifiedTokenLookup} (whose request attribute
 * says so; a hit, an anonymous request or another mechanism leaves none). It runs before every other augmentor (the
 * highest priority goes first), so the cache holds the identity as quarkus-oidc made it and the other augmentors
 * apply once per request, on hits as on misses, never on top of their own earlier result.
 */
@Singleton
public class VerifiedTokenRecorder implements SecurityIdentityAugmentor {

    private final VerifiedTokens tokens;
    private final SigningKeys keys;

    VerifiedTokenRecorder(VerifiedTokens tokens, SigningKeys keys) {
        this.tokens = tokens;
        this.keys = keys;
    }

    @Override
    public int priority() {
        return Integer.MAX_VALUE;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        // A key retired while quarkus-oidc was verifying must not come back through this entry.
        if (attributes.get(VerifiedTokenLookup.MISS) instanceof VerifiedTokenLookup.Miss miss && !keys.retired(miss.keyId())) {
            tokens.remember(miss.key(), miss.keyId(), identity);
        }
        return Uni.createFrom().item(identity);
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return Uni.createFrom().item(identity);
    }
}
