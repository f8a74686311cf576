package org.acde.kernel.security;

import java.time.Duration;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Uni;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.mutiny.core.Vertx;
import io.vertx.mutiny.ext.web.client.HttpResponse;
import io.vertx.mutiny.ext.web.client.WebClient;

/**
 * The key ids the identity provider publishes (its JWKS, found through its discovery document), read every
 * {@code acde.tokens.keys-refresh}. A key id that disappears is retired: {@link VerifiedTokens} is emptied and
 * {@link VerifiedTokenLookup} refuses every token signed with it from then on. On its own, quarkus-oidc keeps
 * trusting each key it once loaded until a token with an unknown key id makes it fetch the set again (at most once per
 * {@code quarkus.oidc.token.forced-jwk-refresh-interval}) or the JVM restarts, so deleting a compromised key in
 * Keycloak would not stop its tokens. A key id never seen before is quarkus-oidc's business: it fetches the keys again
 * itself. Keys without a key id cannot be told apart and are not watched.
 *
 * <p>Nothing is watched when tokens are checked against a configured public key or OIDC is off. The provider being
 * down never stops the start: the first read happens in the background, and a failed read keeps the last key set.
 */
@Singleton
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class);

    private final VerifiedTokens tokens;
    private final Vertx vertx;
    private final Optional<String> jwksUrl;
    private final Optional<String> discoveryUrl;
    private final Duration refreshInterval;
    private final long timeoutMillis;
    private final Set<String> retired = ConcurrentHashMap.newKeySet();
    private volatile WebClient client;
    private long timer;
    private Set<String> published;
    private volatile boolean failing;

    SigningKeys(VerifiedTokens tokens, Vertx vertx,
            @ConfigProperty(name = "quarkus.oidc.tenant-enabled", defaultValue = "true") boolean oidcEnabled,
            @ConfigProperty(name = "quarkus.oidc.auth-server-url") Optional<String> serverUrl,
            @ConfigProperty(name = "quarkus.oidc.public-key") Optional<String> publicKey,
            @ConfigProperty(name = "quarkus.oidc.discovery-enabled", defaultValue = "true") boolean discovery,
            @ConfigProperty(name = "quarkus.oidc.jwks-path") Optional<String> jwksPath,
            @ConfigProperty(name = "acde.tokens.keys-refresh") Duration refreshInterval,
            @ConfigProperty(name = "acde.identity-provider.timeout") Duration timeout) {
        this.tokens = tokens;
        this.vertx = vertx;
        Optional<String> server = oidcEnabled && publicKey.isEmpty() ? serverUrl.map(SigningKeys::withoutSlash) : Optional.empty();
        this.discoveryUrl = discovery ? server.map(url -> url + "/.well-known/openid-configuration") : Optional.empty();
        this.jwksUrl = discovery ? Optional.empty() : server.flatMap(url -> jwksPath.map(path -> resolve(url, path)));
        this.refreshInterval = refreshInterval;
        this.timeoutMillis = timeout.toMillis();
    }

    void start(@Observes StartupEvent event) {
        if (discoveryUrl.isEmpty() && jwksUrl.isEmpty()) {
            return;
        }
        client = WebClient.create(vertx);
        timer = vertx.getDelegate().setPeriodic(1, refreshInterval.toMillis(), id -> refresh().subscribe().with(
                done -> {
                }, failure -> {
                    // Logged once per outage, not once a minute; the last key set stays in force meanwhile.
                    if (!failing) {
                        LOG.warnf("Cannot read the identity provider's signing keys (%s); retrying every %s",
                                failure.toString(), refreshInterval);
                    }
                    failing = true;
                }));
    }

    // Vert.x outlives the application in dev mode's restarts: the timer must not.
    void stop(@Observes ShutdownEvent event) {
        if (client != null) {
            vertx.getDelegate().cancelTimer(timer);
            client.close();
        }
    }

    /** Reads the published keys now (tests; otherwise the timer does). */
    public Uni<Void> refresh() {
        if (client == null) {
            return Uni.createFrom().voidItem();
        }
        Uni<String> url = jwksUrl.map(known -> Uni.createFrom().item(known))
                .orElseGet(() -> get(discoveryUrl.get()).map(discovery -> discovery.getString("jwks_uri")));
        return url.onItem().ifNull().failWith(() -> new IllegalStateException("The discovery document names no jwks_uri"))
                .chain(this::get)
                .invoke(jwks -> update(keyIds(jwks)))
                .replaceWithVoid();
    }

    /** Whether {@code keyId} was published and no longer is. */
    public boolean retired(String keyId) {
        return keyId != null && !retired.isEmpty() && retired.contains(keyId);
    }

    private synchronized void update(Set<String> current) {
        failing = false;
        if (published != null) {
            Set<String> gone = new HashSet<>(published);
            gone.removeAll(current);
            if (!gone.isEmpty()) {
                retired.addAll(gone);
                tokens.clear();
                LOG.infof("Signing keys %s were retired by the identity provider: tokens they signed are refused", gone);
            }
        }
        // A key published again (a mistaken deletion undone) is trusted again.
        retired.removeAll(current);
        published = current;
    }

    private Uni<JsonObject> get(String url) {
        return client.getAbs(url).timeout(timeoutMillis).send().map(response -> json(url, response));
    }

    private static JsonObject json(String url, HttpResponse<?> response) {
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode());
        }
        return response.bodyAsJsonObject();
    }

    private static Set<String> keyIds(JsonObject jwks) {
        JsonArray keys = jwks.getJsonArray("keys");
        if (keys == null) {
            throw new IllegalStateException("The JWKS has no keys array");
        }
        Set<String> ids = new HashSet<>();
        for (Object key : keys) {
            if (key instanceof JsonObject jwk && jwk.getValue("kid") instanceof String kid) {
                ids.add(kid);
            }
        }
        return ids;
    }

    private static String withoutSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private static String resolve(String serverUrl, String path) {
        return path.startsWith("http://") || path.startsWith("https://") ? path
                : serverUrl + (path.startsWith("/") ? path : "/" + path);
    }
}
