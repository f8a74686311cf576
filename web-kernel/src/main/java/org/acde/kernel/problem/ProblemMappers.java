package org.acde.kernel.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.acde.contracts.problem.FieldError;
import org.acde.contracts.problem.ProblemException;
import org.acde.contracts.problem.ProblemType;
import org.acde.kernel.security.BearerChallenge;
import org.acde.kernel.request.AllowedMethods;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one set of exception mappers every service uses: each failure becomes an RFC 9457 problem, never a stack
 * trace. Priorities sit below {@link Priorities#USER} so these win over the built-in mappers of Quarkus REST.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final int PRIORITY = Priorities.USER - 100;

    private final AllowedMethods allowedMethods;

    ProblemMappers(AllowedMethods allowedMethods) {
        this.allowedMethods = allowedMethods;
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response problem(ProblemException e, UriInfo uri) {
        Response.ResponseBuilder builder = Response.fromResponse(
                Problems.response(e.type(), e.type().status(), e.getMessage(), path(uri), e.errors(), e.extensions()));
        e.headers().forEach(builder::header);
        return builder.build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response validation(ConstraintViolationException e, UriInfo uri) {
        if (isReturnValueViolation(e.getConstraintViolations())) {
            return unexpected(e, uri);
        }
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            errors.add(new FieldError(fieldOf(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::message));
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return Problems.response(ProblemType.VALIDATION, 400, detail, path(uri), errors, Map.of());
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response json(JsonProcessingException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    /** Named separately because Quarkus REST ships its own mapper for exactly this type. */
    @ServerExceptionMapper(priority = PRIORITY)
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return jsonProblem(e, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response invalidParameter(InvalidParameterException e, UriInfo uri, HttpHeaders headers) {
        if (e.parameter() == null && uri.getPathParameters().values().stream().anyMatch(v -> v.contains(e.value()))) {
            // A malformed id in the path names no resource.
            return Problems.response(ProblemType.NOT_FOUND, "No resource at this path", path(uri));
        }
        return fieldProblem(parameterName(e, uri, headers), e.getMessage(), uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response http(WebApplicationException e, UriInfo uri, Request request) {
        if (e.getCause() instanceof JsonProcessingException json) {
            // Quarkus REST wraps syntax errors in a bare 400.
            return jsonProblem(json, uri);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status >= 500) {
            return unexpected(e, uri);
        }
        // Quarkus REST answers neither with Allow, and some paths that take other methods with 404 (RFC 9110 wants 405).
        Optional<String> allow = status == 404 || status == 405 ? allowedMethods.refusing(path(uri), request.getMethod())
                : Optional.empty();
        if (allow.isPresent()) {
            status = 405;
        }
        ProblemType type = ProblemType.forStatus(status);
        Response.ResponseBuilder builder = Response.fromResponse(
                Problems.response(type, status, detailFor(status, e), path(uri), List.of(), Map.of()));
        allow.ifPresent(methods -> builder.header(HttpHeaders.ALLOW, methods));
        copyHeader(original, builder, HttpHeaders.WWW_AUTHENTICATE);
        copyHeader(original, builder, HttpHeaders.RETRY_AFTER);
        return builder.build();
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(BearerChallenge.MISSING, BearerChallenge.MISSING_DETAIL, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        String reason = BearerChallenge.reason(e);
        return unauthenticated(BearerChallenge.invalidToken(reason), reason, uri);
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return Problems.response(ProblemType.FORBIDDEN, "Your token does not grant this operation", path(uri));
    }

    @ServerExceptionMapper(priority = PRIORITY)
    public Response unexpected(Throwable e, UriInfo uri) {
        LOG.errorf(e, "Unexpected failure on %s", path(uri));
        return Problems.response(ProblemType.INTERNAL,
                "An unexpected error occurred; quote the request id when reporting it", path(uri));
    }

    private static Response unauthenticated(String challenge, String detail, UriInfo uri) {
        return Response.fromResponse(Problems.response(ProblemType.UNAUTHORIZED, detail, path(uri)))
                .header(HttpHeaders.WWW_AUTHENTICATE, challenge).build();
    }

    private static Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof StreamConstraintsException) {
            return malformed("The JSON body exceeds a structural limit (nesting depth, string or number length)", uri);
        }
        if (e instanceof JsonParseException) {
            return malformed("The body is not valid JSON: " + JsonErrors.reason(e), uri);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = JsonErrors.path(mapping);
            if (field.isEmpty()) {
                return malformed("The body does not have the expected JSON structure", uri);
            }
            if (e instanceof UnrecognizedPropertyException) {
                return fieldProblem(field, "unknown field", uri);
            }
            if (e instanceof InvalidFormatException invalid) {
                return fieldProblem(field, JsonErrors.invalidValueMessage(invalid), uri);
            }
            if (e instanceof MismatchedInputException mismatched) {
                return fieldProblem(field, JsonErrors.wrongTypeMessage(mismatched), uri);
            }
            return fieldProblem(field, "invalid value", uri);
        }
        return malformed("The JSON body cannot be read", uri);
    }

    private static Response malformed(String detail, UriInfo uri) {
        return Problems.response(ProblemType.MALFORMED_REQUEST, 400, detail, path(uri), List.of(), Map.of());
    }

    private static Response fieldProblem(String field, String message, UriInfo uri) {
        return Problems.response(ProblemType.VALIDATION, 400, field + ": " + message, path(uri),
                List.of(new FieldError(field, message)), Map.of());
    }

    private static String detailFor(int status, WebApplicationException e) {
        return switch (status) {
            case 404 -> "No resource at this path";
            case 405 -> "This method is not supported on this path";
            case 406 -> "None of the accepted media types can be produced";
            case 415 -> "Send the body as application/json";
            default -> e.getMessage() == null || e.getMessage().startsWith("HTTP ") ? Response.Status.fromStatusCode(status) == null
                    ? "Request failed" : Response.Status.fromStatusCode(status).getReasonPhrase() : e.getMessage();
        };
    }

    private static void copyHeader(Response from, Response.ResponseBuilder to, String name) {
        Object value = from.getHeaders().getFirst(name);
        if (value != null) {
            to.header(name, value);
        }
    }

    /**
     * JAX-RS hands a parameter converter the annotations of the implementing method only, so a parameter declared on
     * a contract interface arrives unnamed; it is the query parameter or header that carried the rejected value.
     */
    private static String parameterName(InvalidParameterException e, UriInfo uri, HttpHeaders headers) {
        if (e.parameter() != null) {
            return e.parameter();
        }
        for (Map.Entry<String, List<String>> query : uri.getQueryParameters().entrySet()) {
            if (query.getValue().contains(e.value())) {
                return query.getKey();
            }
        }
        for (Map.Entry<String, List<String>> header : headers.getRequestHeaders().entrySet()) {
            if (header.getValue().contains(e.value())) {
                return header.getKey();
            }
        }
        return "parameter";
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    private static boolean isReturnValueViolation(Set<ConstraintViolation<?>> violations) {
        for (ConstraintViolation<?> violation : violations) {
            for (Path.Node node : violation.getPropertyPath()) {
                if (node.getKind() == ElementKind.RETURN_VALUE) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * {@code create.request.participatingParties[2]} → {@code participatingParties[2]}; a violated query or header
     * parameter keeps its own name.
     */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        Iterator<Path.Node> nodes = path.iterator();
        while (nodes.hasNext()) {
            Path.Node node = nodes.next();
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {
                }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    if (node.isInIterable()) {
                        field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
                    }
                    if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                        if (!field.isEmpty()) {
                            field.append('.');
                        }
                        field.append(node.getName());
                    }
                }
            }
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }
}
