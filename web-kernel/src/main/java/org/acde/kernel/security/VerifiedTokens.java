package org.acde.kernel.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;

/**
 * Bearer tokens quarkus-oidc has verified, so a token is verified once per JVM rather than on every request: its
 * signature, issuer, audience and lifetime cannot change, and a client sends the same token until it nears expiry.
 * Keyed by the token's SHA-256 (so no token appears among the keys, in a log or a metric), each entry lives until the
 * token's {@code exp} (or {@code iat} + {@code quarkus.oidc.token.age} when that is set, whichever comes first), at
 * most {@code acde.tokens.cache.max-size} entries; {@link SigningKeys} empties it when a signing key is retired.
 *
 * <p>The entry keeps what the identity provider made of the token (principal, roles, scopes, attributes), without
 * the attributes that belong to the request it came with: a hit gets those of its own request ({@link Verified}).
 * The principal does carry the token (its raw form is what services propagate), for no longer than the token lives.
 */
@Singleton
public class VerifiedTokens {

    private final boolean enabled;
    private final Optional<Duration> maxAge;
    private final Cache<String, Verified> cache;
    private final Counter hits;
    private final Counter misses;

    VerifiedTokens(@ConfigProperty(name = "acde.tokens.cache.enabled") boolean enabled,
            @ConfigProperty(name = "acde.tokens.cache.max-size") long maxSize,
            @ConfigProperty(name = "quarkus.oidc.token.age") Optional<Duration> maxAge,
            MeterRegistry registry) {
        this.enabled = enabled;
        this.maxAge = maxAge;
        this.cache = Caffeine.newBuilder().maximumSize(maxSize).expireAfter(new UntilExpiry()).build();
        this.hits = Counter.builder("acde.token.cache.hits")
                .description("Requests whose bearer token was found verified in the cache").register(registry);
        this.misses = Counter.builder("acde.token.cache.misses")
                .description("Requests whose bearer token quarkus-oidc had to verify").register(registry);
        Gauge.builder("acde.token.cache.size", cache, Cache::estimatedSize)
                .description("Verified tokens held (approximate)").register(registry);
    }

    public boolean enabled() {
        return enabled;
    }

    /** The cache key of {@code token}: its SHA-256, base64url. */
    public static String keyOf(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    /** The verified token under {@code key}, or {@code null}; an expired one is never returned. */
    Verified find(String key) {
        Verified verified = cache.getIfPresent(key);
        (verified != null ? hits : misses).increment();
        return verified;
    }

    /** Keeps what quarkus-oidc made of the token under {@code key}, signed with the key {@code keyId}. */
    void remember(String key, String keyId, SecurityIdentity identity) {
        if (identity.isAnonymous() || !(identity instanceof QuarkusSecurityIdentity verified)
                || !(identity.getPrincipal() instanceof JsonWebToken jwt) || jwt.getExpirationTime() <= 0) {
            return;
        }
        long expiresAt = TimeUnit.SECONDS.toMillis(jwt.getExpirationTime());
        if (maxAge.isPresent() && jwt.getIssuedAtTime() > 0) {
            expiresAt = Math.min(expiresAt, TimeUnit.SECONDS.toMillis(jwt.getIssuedAtTime()) + maxAge.get().toMillis());
        }
        if (expiresAt > System.currentTimeMillis()) {
            cache.put(key, Verified.of(verified, keyId, expiresAt));
        }
    }

    void forget(String key) {
        cache.invalidate(key);
    }

    /** Drops every entry: the signing keys changed. */
    void clear() {
        cache.invalidateAll();
    }

    /** The keys held (hashes; never a token). */
    public Set<String> keys() {
        return Set.copyOf(cache.asMap().keySet());
    }

    /** Each entry expires when its token does, measured on the wall clock the token's times refer to. */
    private static final class UntilExpiry implements Expiry<String, Verified> {

        @Override
        public long expireAfterCreate(String key, Verified value, long currentTime) {
            return TimeUnit.MILLISECONDS.toNanos(Math.max(0, value.expiresAtMillis() - System.currentTimeMillis()));
        }

        @Override
        public long expireAfterUpdate(String key, Verified value, long currentTime, long currentDuration) {
            return expireAfterCreate(key, value, currentTime);
        }

        @Override
        public long expireAfterRead(String key, Verified value, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
