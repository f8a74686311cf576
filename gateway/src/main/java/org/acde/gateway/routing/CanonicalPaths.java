package org.acde.gateway.routing;

import java.util.regex.Pattern;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.acde.contracts.problem.ProblemType;
import org.acde.gateway.problem.GatewayProblems;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Only canonical paths get past the front door, before any token check: the gateway routes and authorises on the
 * path as the upstream will read it. Dot segments (also percent-encoded), empty segments, encoded slashes or
 * backslashes and encoded control characters (CR, LF, NUL, ...) are refused with a 400 problem.
 */
@Singleton
public class CanonicalPaths {

    private static final Pattern REFUSED = Pattern.compile("(?i)%2f|%5c|%[01][0-9a-f]|%7f|\\\\|//");

    private final GatewayProblems problems;

    CanonicalPaths(GatewayProblems problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        // After the request id is fixed (ROUTE_ORDER_HEADERS), long before authentication.
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS + 2).handler(this::check);
    }

    /** Most paths hold no escape, backslash or double slash: those skip the pattern, which is on every request's path. */
    private static boolean suspicious(String path) {
        return (path.indexOf('%') >= 0 || path.indexOf('\\') >= 0 || path.contains("//")) && REFUSED.matcher(path).find();
    }

    private void check(RoutingContext rc) {
        String path = rc.request().path();
        if (path != null && path.equals(rc.normalizedPath()) && !suspicious(path)) {
            rc.next();
            return;
        }
        problems.send(rc, ProblemType.MALFORMED_REQUEST,
                "The path must not contain dot segments, empty segments or encoded separators or control characters");
    }
}
