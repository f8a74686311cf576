package org.acde.gateway.ratelimit;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Singleton;

import org.acde.contracts.problem.ProblemType;
import org.acde.contracts.security.Actor;
import org.acde.contracts.security.Role;
import org.acde.gateway.access.EdgeAccess;
import org.acde.gateway.routing.GatewayProblems;
import org.jboss.logging.Logger;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.Context;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Rate-limits API requests with a token bucket per caller: per OAuth2 client (the token's {@code azp}) for a client's
 * own tokens, per person under the client for people signed in through one (so one busy user of Swagger UI does not
 * use up everyone's), per IP address for anonymous callers; with the limit of the caller's role. Every answer carries the
 * IETF {@code RateLimit-Policy} and {@code RateLimit} headers; a caller over its limit gets a 429 problem with
 * {@code Retry-After}. When the shared bucket store cannot answer, requests pass unlimited rather than fail.
 */
@Singleton
public class RateLimiter implements Handler<RoutingContext> {

    private static final Logger LOG = Logger.getLogger(RateLimiter.class);
    /** Most privileged first: a token with several roles gets the first policy that matches. */
    private static final List<String> ROLE_POLICIES = List.of(Role.SECRETARIAT, Role.AGENCY, Role.PARTNER);
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
            policies.put(name, new Policy(name, policy));
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
        Policy policy = identity == null ? policies.get(ANONYMOUS) : policies.get(policyOf(identity));
        String caller = identity == null ? "ip:" + remoteAddress(rc) : bucketOf(Actor.of(identity).orElseThrow());
        CompletableFuture<ConsumptionProbe> taken = buckets.take(policy.name + ':' + caller, policy.bucket);
        if (taken.isDone()) {
            // In memory the bucket answers at once: no need to leave the event loop's current task.
            decide(rc, policy, taken);
            return;
        }
        // Redis answers on its own threads: hold the request body and come back to the request's context.
        Context context = Vertx.currentContext();
        rc.request().pause();
        taken.whenComplete((probe, failure) -> context.runOnContext(ignored -> {
            rc.request().resume();
            decide(rc, policy, taken);
        }));
    }

    private void decide(RoutingContext rc, Policy policy, CompletableFuture<ConsumptionProbe> taken) {
        ConsumptionProbe probe;
        try {
            probe = taken.join();
        } catch (RuntimeException e) {
            LOG.warnf("Rate limit store failed, request let through: %s", e.toString());
            rc.next();
            return;
        }
        rc.response().putHeader("RateLimit-Policy", policy.header)
                .putHeader("RateLimit", "\"" + policy.name + "\";r=" + probe.getRemainingTokens()
                        + ";t=" + seconds(probe.getNanosToWaitForReset()));
        if (probe.isConsumed()) {
            rc.next();
            return;
        }
        rc.response().putHeader("Retry-After", Long.toString(Math.max(1, seconds(probe.getNanosToWaitForRefill()))));
        problems.send(rc, ProblemType.TOO_MANY_REQUESTS, "Rate limit of the " + policy.name + " policy exceeded ("
                + policy.config.limit() + " requests per " + policy.config.window().toSeconds() + " s)");
    }

    private static String policyOf(SecurityIdentity identity) {
        for (String role : ROLE_POLICIES) {
            if (identity.hasRole(role)) {
                return role;
            }
        }
        return CLIENT;
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

    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }

    private static final class Policy {

        final String name;
        final RateLimitConfig.Policy config;
        final BucketConfiguration bucket;
        final String header;

        Policy(String name, RateLimitConfig.Policy config) {
            this.name = name;
            this.config = config;
            this.bucket = BucketConfiguration.builder()
                    .addLimit(Bandwidth.builder().capacity(config.limit()).refillGreedy(config.limit(), config.window()).build())
                    .build();
            this.header = "\"" + name + "\";q=" + config.limit() + ";w=" + config.window().toSeconds();
        }
    }
}
