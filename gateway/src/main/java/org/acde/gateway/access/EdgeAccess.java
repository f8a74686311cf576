package org.acde.gateway.access;

import java.util.List;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;

import org.acde.contracts.problem.ProblemType;
import org.acde.contracts.security.BearerChallenge;
import org.acde.gateway.routing.GatewayProblems;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The edge's access rule for proxied routes. Tokens were already validated by quarkus-oidc before any route ran
 * (proactive authentication: a bad, expired, foreign or wrongly-addressed token is a 401 problem there); here an
 * anonymous caller is let through only for the requests {@link AccessConfig#anonymous()} lists. The token itself is
 * forwarded, so each service checks it again and applies its own role and object rules.
 */
@Singleton
public class EdgeAccess implements Handler<RoutingContext> {

    private final List<Rule> anonymous;
    private final GatewayProblems problems;

    EdgeAccess(AccessConfig config, GatewayProblems problems) {
        this.anonymous = config.anonymous().stream().map(Rule::parse).toList();
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext rc) {
        if (!isAnonymous(rc) || allowsAnonymous(rc.request().method().name(), rc.normalizedPath())) {
            rc.next();
            return;
        }
        rc.response().putHeader("WWW-Authenticate", BearerChallenge.MISSING);
        problems.send(rc, ProblemType.UNAUTHORIZED, BearerChallenge.MISSING_DETAIL);
    }

    public boolean allowsAnonymous(String method, String path) {
        String effective = "HEAD".equals(method) ? "GET" : method;
        return anonymous.stream().anyMatch(rule -> rule.method.equals(effective) && rule.path.matcher(path).matches());
    }

    /** The caller's identity, {@code null} for anonymous callers. */
    public static SecurityIdentity identity(RoutingContext rc) {
        return rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                ? user.getSecurityIdentity() : null;
    }

    private static boolean isAnonymous(RoutingContext rc) {
        return identity(rc) == null;
    }

    private record Rule(String method, Pattern path) {

        static Rule parse(String rule) {
            String[] parts = rule.trim().split("\\s+");
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("An anonymous access rule is 'METHOD /path', not '" + rule + "'");
            }
            String path = parts[1];
            boolean subtree = path.endsWith("/**");
            String fixed = subtree ? path.substring(0, path.length() - 3) : path;
            StringBuilder regex = new StringBuilder();
            for (String segment : fixed.substring(1).split("/", -1)) {
                regex.append('/').append("*".equals(segment) ? "[^/]+" : Pattern.quote(segment));
            }
            if (subtree) {
                regex.append("(?:/.*)?");
            }
            return new Rule(parts[0].toUpperCase(), Pattern.compile(regex.toString()));
        }
    }
}
