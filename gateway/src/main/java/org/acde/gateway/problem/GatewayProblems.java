package org.acde.gateway.problem;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.inject.Singleton;

import org.acde.contracts.i18n.Languages;
import org.acde.contracts.problem.Problem;
import org.acde.contracts.problem.ProblemType;
import org.acde.kernel.i18n.RequestLanguage;
import org.acde.kernel.request.RequestId;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem bodies for answers the gateway gives itself outside Quarkus REST (refused paths, rate limits, upstream
 * failures). The request id and language are read from the request: proxy callbacks do not run with the request's
 * log context.
 */
@Singleton
public class GatewayProblems {

    private final ObjectMapper json;

    GatewayProblems(ObjectMapper json) {
        this.json = json;
    }

    /** The body of a problem the gateway answers itself, titled in the caller's language, which the answer declares. */
    public Buffer body(ProblemType type, int status, String detail, HttpServerRequest request) {
        Locale language = Languages.negotiate(request.getHeader(RequestLanguage.ACCEPT_LANGUAGE));
        RequestLanguage.declare(request.response().headers(), language);
        Problem problem = new Problem(type.uri(), type.title(language), status, detail, request.path(),
                request.getHeader(RequestId.HEADER), List.of(), Map.of());
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Ends the exchange with a problem of the type's own status. */
    public void send(RoutingContext rc, ProblemType type, String detail) {
        rc.response().setStatusCode(type.status())
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .end(body(type, type.status(), detail, rc.request()));
    }
}
