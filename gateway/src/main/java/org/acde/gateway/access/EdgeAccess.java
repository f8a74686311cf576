package org.acde.gateway.access;

import jakarta.inject.Singleton;

import org.acde.contracts.openapi.TokenUse;
import org.acde.contracts.problem.ProblemType;
import org.acde.gateway.problem.GatewayProblems;
import org.acde.kernel.security.BearerChallenge;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The edge's access rule for proxied routes. Tokens were already validated by quarkus-oidc before any route ran
 * (proactive authentication: a bad, expired, foreign or wrongly-addressed token is a 401 problem there); here an
 * anonymous caller is let through only to operations whose contract takes no token or an optional one
 * ({@link ContractOperations}). The token itself is forwarded, so each service checks it again and applies its own
 * role and object rules.
 */
@Singleton
public class EdgeAccess implements Handler<RoutingContext> {

    private final ContractOperations operations;
    private final GatewayProblems problems;

    EdgeAccess(ContractOperations operations, GatewayProblems problems) {
        this.operations = operations;
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
        return operations.tokenUse(method, path).filter(TokenUse::admitsAnonymous).isPresent();
    }

    /** The caller's identity, {@code null} for anonymous callers. */
    public static SecurityIdentity identity(RoutingContext rc) {
        return rc.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()
                ? user.getSecurityIdentity() : null;
    }

    private static boolean isAnonymous(RoutingContext rc) {
        return identity(rc) == null;
    }
}
