package org.acde.gateway.ratelimit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;

import org.acde.contracts.problem.ProblemType;
import org.acde.contracts.security.Role;
import org.acde.gateway.access.EdgeAccess;
import org.acde.gateway.problem.GatewayProblems;
import org.acde.kernel.security.Actor;
import org.acde.kernel.security.TokenClaims;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * Rate-limits API requests with a token bucket per caller: per OAuth2 client (the token's {@code azp}) for a client's
 * own tokens, per person under the client for people signed in through one (so one busy user of Swagger UI does not
 * use up everyone's), per IP address for anonymous callers; with the limit of the caller's role. Every answer carries the
 * IETF {@code RateLimit-Policy} and {@code RateLimit} headers; a caller over its limit gets a 429 problem with
 * {@code Retry-After}. When the shared bucket store cannot answer, requests pass unlimited, without these headers,
 * rather than fail ({@link SharedBuckets}).
 */
@Singleton
public class RateLimiter implements Handler<RoutingContext> {

    static final String ANONYMOUS = "anonymous";
    static final String CLIENT = "client";

    private final Buckets buckets;
    private final GatewayProblems problems;
    private final Map<String, Policy> policies = new HashMap<>();

    RateLimiter(RateLimitConfig config, Buckets buckets, GatewayProblems problems) {
        this.buckets = buckets;
        this.problems = problems;
        for (String name : List.of(ANONYMOUS, CLIENT, Role.SECRETARIAT, Role.AGENCY, Role.PARTNER)) {
            RateLimitConfig.Policy policy = config.policies().get(name);
            if (policy == null) {
                throw new IllegalStateException("acde.gateway.rate-limit.policies." + name + ".limit is not set");
            }
            try {
                policies.put(name, new Policy(name, policy));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("acde.gateway.rate-limit.policies." + name + ": " + e.getMessage(), e);
            }
        }
    }

    /** The policies by name, for the developer portal. */
    public Map<String, RateLimitConfig.Policy> policies() {
        Map<String, RateLimitConfig.Policy> view = new HashMap<>();
        policies.forEach((name, policy) -> view.put(name, policy.config));
        return view;
    }

    @Override
    public void handle(RoutingContext rc) {
        SecurityIdentity identity = EdgeAccess.identity(rc);
        TokenClaims claims = identity == null ? null : TokenClaims.of(identity);
        // A token with several roles gets the policy of the most privileged.
        Policy policy = claims == null ? policies.get(ANONYMOUS) : policies.get(claims.role().orElse(CLIENT));
        String caller = claims == null ? "ip:" + remoteAddress(rc) : bucketOf(claims.actor().orElseThrow());
        Future<TokenBucket.Take> taken = buckets.take(policy.name + ':' + caller, policy.config.limit(), policy.interval);
        if (taken.isComplete()) {
            // In memory the bucket answers at once: no need to leave the event loop's current task.
            decide(rc, policy, taken);
            return;
        }
        // Redis answers later on this request's event loop: hold the request body until then.
        rc.request().pause();
        taken.onComplete(ignored -> {
            rc.request().resume();
            decide(rc, policy, taken);
        });
    }

    private void decide(RoutingContext rc, Policy policy, Future<TokenBucket.Take> taken) {
        if (taken.failed()) {
            // The store did not answer (SharedBuckets counted it): the request passes unlimited.
            rc.next();
            return;
        }
        TokenBucket.Take take = taken.result();
        rc.response().putHeader("RateLimit-Policy", policy.header)
                .putHeader("RateLimit", "\"" + policy.name + "\";r=" + take.remaining() + ";t=" + seconds(take.untilFull()));
        if (take.consumed()) {
            rc.next();
            return;
        }
        rc.response().putHeader("Retry-After", Long.toString(Math.max(1, seconds(take.untilOne()))));
        problems.send(rc, ProblemType.TOO_MANY_REQUESTS, "Rate limit of the " + policy.name + " policy exceeded ("
                + policy.config.limit() + " requests per " + policy.config.window().toSeconds() + " s)");
    }

    /** {@code client:<azp>} for a client's own token, {@code client:<azp>:user:<sub>} for a person's. */
    private static String bucketOf(Actor actor) {
        String person = "user:" + actor.subject();
        if (actor.clientId() == null) {
            return person;
        }
        return "client:" + actor.clientId() + (actor.user() ? ":" + person : "");
    }

    private static String remoteAddress(RoutingContext rc) {
        return rc.request().remoteAddress() == null ? "unknown" : rc.request().remoteAddress().hostAddress();
    }

    private static long seconds(long micros) {
        return (micros + 999_999L) / 1_000_000L;
    }

    private static final class Policy {

        final String name;
        final RateLimitConfig.Policy config;
        final long interval;
        final String header;

        Policy(String name, RateLimitConfig.Policy config) {
            this.name = name;
            this.config = config;
            this.interval = TokenBucket.interval(config.window().toNanos() / 1000, config.limit());
            this.header = "\"" + name + "\";q=" + config.limit() + ";w=" + config.window().toSeconds();
        }
    }
}
