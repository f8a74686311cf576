package org.acde.kernel.web;

import java.util.List;
import java.util.Map;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.acde.contracts.problem.Problem;
import org.acde.contracts.problem.ProblemType;
import org.acde.kernel.i18n.RequestLanguage;
import org.acde.kernel.problem.Problems;
import org.acde.kernel.request.RequestId;
import org.acde.kernel.security.BearerChallenge;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.quarkus.oidc.OIDCException;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * What happens to every request before and around Quarkus REST: the request id is fixed, the language negotiated
 * ({@link RequestLanguage}), oversized bodies are refused, and failures raised by the HTTP layer itself (authentication, body limit) get problem bodies too.
 */
@Singleton
public class HttpFrontDoor {

    private static final Logger LOG = Logger.getLogger(HttpFrontDoor.class);

    private final ObjectMapper json;
    private final long maxBodySize;

    HttpFrontDoor(ObjectMapper json,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10M") MemorySize maxBodySize) {
        this.json = json;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(this::assignRequestId);
        // Runs just before Quarkus's own limit check, which would answer 413 with an empty body.
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 1).handler(this::refuseOversizedBody);
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).failureHandler(this::failure);
        // Paths no route serves at all (outside Quarkus REST) get the same problem as unmatched API paths.
        router.errorHandler(404, rc -> send(rc, ProblemType.NOT_FOUND, "No resource at this path"));
        router.errorHandler(405, rc -> send(rc, ProblemType.METHOD_NOT_ALLOWED, "This method is not supported on this path"));
    }

    private void assignRequestId(RoutingContext rc) {
        String id = RequestId.accept(rc.request().getHeader(RequestId.HEADER));
        rc.request().headers().set(RequestId.HEADER, id);
        rc.response().putHeader(RequestId.HEADER, id);
        MDC.put(RequestId.MDC_KEY, id);
        RequestLanguage.negotiate(rc);
        rc.next();
    }

    private void refuseOversizedBody(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (length != null && exceeds(length)) {
            rc.response().putHeader(HttpHeaderNames.CONNECTION, "close");
            rc.response().endHandler(ignored -> RefusedBodies.closeAfterDraining(rc.request()));
            send(rc, ProblemType.BODY_TOO_LARGE, "The body may not exceed " + maxBodySize + " bytes");
            return;
        }
        rc.next();
    }

    private boolean exceeds(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize;
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private void failure(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (rc.response().headWritten()) {
            rc.next();
        } else if (identityProviderUnreachable(failure)) {
            // A token cannot be checked while Keycloak cannot be reached (down, or not discovered since start):
            // the platform's failure, not the caller's, and over once it is back.
            rc.response().putHeader(HttpHeaderNames.RETRY_AFTER, "5");
            send(rc, ProblemType.UNAVAILABLE, "The identity provider cannot be reached to check the token; retry shortly");
        } else if (failure instanceof AuthenticationFailedException) {
            String reason = BearerChallenge.reason(failure);
            rc.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, BearerChallenge.invalidToken(reason));
            send(rc, ProblemType.UNAUTHORIZED, reason);
        } else if (failure instanceof UnauthorizedException) {
            rc.response().putHeader(HttpHeaderNames.WWW_AUTHENTICATE, BearerChallenge.MISSING);
            send(rc, ProblemType.UNAUTHORIZED, BearerChallenge.MISSING_DETAIL);
        } else if (failure instanceof ForbiddenException) {
            send(rc, ProblemType.FORBIDDEN, "Your token does not grant this operation");
        } else if (rc.statusCode() == 413) {
            send(rc, ProblemType.BODY_TOO_LARGE, "The body may not exceed " + maxBodySize + " bytes");
        } else {
            if (failure != null) {
                LOG.errorf(failure, "Unexpected failure on %s", rc.normalizedPath());
            }
            int status = rc.statusCode() >= 400 && rc.statusCode() < 500 ? rc.statusCode() : 500;
            ProblemType type = ProblemType.forStatus(status);
            send(rc, type, status, status == 500 ? "An unexpected error occurred; quote the request id when reporting it"
                    : type.title());
        }
    }

    private static boolean identityProviderUnreachable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof OIDCException) {
                return true;
            }
        }
        return false;
    }

    private void send(RoutingContext rc, ProblemType type, String detail) {
        send(rc, type, type.status(), detail);
    }

    private void send(RoutingContext rc, ProblemType type, int status, String detail) {
        Problem problem = Problems.of(type, status, detail, rc.normalizedPath(), List.of(), Map.of());
        try {
            rc.response().setStatusCode(status)
                    .putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            rc.response().setStatusCode(status).end();
        }
    }
}
