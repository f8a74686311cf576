package org.acde.gateway.routing;

import java.io.IOException;

import org.acde.contracts.problem.Problem;
import org.acde.contracts.problem.ProblemType;
import org.acde.gateway.problem.GatewayProblems;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.streams.ReadStream;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyContext;
import io.vertx.httpproxy.ProxyInterceptor;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Error answers of an upstream reach the caller only as well-formed JSON. An error body that is not a JSON object
 * (an HTML error page, a stack trace naming internal hosts, truncated JSON) is replaced by the gateway's own problem:
 * a 4xx keeps its status, a 5xx becomes 502 (503 and 504 keep theirs). Success bodies stream through untouched.
 */
final class ErrorBodies implements ProxyInterceptor {

    private static final Logger LOG = Logger.getLogger(ErrorBodies.class);
    /** Error bodies are small; anything larger is not a problem document. */
    private static final int MAX_ERROR_BODY = 64 * 1024;

    private final String upstream;
    private final ObjectMapper json;
    private final GatewayProblems problems;

    ErrorBodies(String upstream, ObjectMapper json, GatewayProblems problems) {
        this.upstream = upstream;
        this.json = json;
        this.problems = problems;
    }

    @Override
    public Future<Void> handleProxyResponse(ProxyContext context) {
        ProxyResponse response = context.response();
        int status = response.getStatusCode();
        if (status < 400 || context.request().getMethod() == HttpMethod.HEAD || response.getBody() == null) {
            return context.sendResponse();
        }
        return read(response.getBody().stream()).transform(read -> {
            if (read.succeeded() && isJsonObject(response.headers().get("Content-Type"), read.result())) {
                response.setBody(Body.body(read.result()));
            } else {
                LOG.warnf("Upstream %s answered %d with an invalid error body; replaced", upstream, status);
                replace(context, status);
            }
            return context.sendResponse();
        });
    }

    private void replace(ProxyContext context, int status) {
        ProblemType type = status < 500 ? ProblemType.forStatus(status)
                : status == 503 ? ProblemType.UNAVAILABLE
                : status == 504 ? ProblemType.GATEWAY_TIMEOUT
                : ProblemType.BAD_GATEWAY;
        int answered = status < 500 ? status : type.status();
        String detail = "The " + upstream + " service answered " + status + " without a valid problem document";
        context.response().setStatusCode(answered)
                .putHeader("Content-Type", Problem.MEDIA_TYPE)
                .setBody(Body.body(problems.body(type, answered, detail, context.request().proxiedRequest())));
    }

    private boolean isJsonObject(String contentType, Buffer body) {
        if (contentType == null || !(contentType.startsWith("application/json") || contentType.startsWith(Problem.MEDIA_TYPE))) {
            return false;
        }
        try {
            JsonNode node = json.readTree(body.getBytes());
            return node != null && node.isObject();
        } catch (IOException e) {
            return false;
        }
    }

    /** Reads a whole body, failing once it passes the limit or when the upstream breaks off. */
    private static Future<Buffer> read(ReadStream<Buffer> stream) {
        Promise<Buffer> promise = Promise.promise();
        Buffer collected = Buffer.buffer();
        stream.exceptionHandler(promise::tryFail);
        stream.handler(chunk -> {
            collected.appendBuffer(chunk);
            if (collected.length() > MAX_ERROR_BODY) {
                stream.handler(null);
                promise.tryFail("error body too large");
            }
        });
        stream.endHandler(ended -> promise.tryComplete(collected));
        stream.resume();
        return promise.future();
    }
}
