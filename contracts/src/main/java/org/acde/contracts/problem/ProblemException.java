package org.acde.contracts.problem;

import java.util.List;
import java.util.Map;

/**
 * Thrown by domain code to answer with a problem: a broken business rule, a missing resource, a stale version.
 * Carries no HTTP machinery so services stay free of JAX-RS in their rules.
 */
public class ProblemException extends RuntimeException {

    private final ProblemType type;
    private final List<FieldError> errors;
    private final Map<String, Object> extensions;
    private final Map<String, String> headers;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, List.of(), Map.of(), Map.of());
    }

    public ProblemException(ProblemType type, String detail, List<FieldError> errors, Map<String, Object> extensions,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.type = type;
        this.errors = List.copyOf(errors);
        this.extensions = Map.copyOf(extensions);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(ProblemType.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String detail) {
        return new ProblemException(ProblemType.CONFLICT, detail);
    }

    public static ProblemException forbidden(String detail) {
        return new ProblemException(ProblemType.FORBIDDEN, detail);
    }

    /** A broken rule about one field of an otherwise well-formed request: 422 naming that field. */
    public static ProblemException invalidField(String field, String message) {
        return new ProblemException(ProblemType.UNPROCESSABLE, field + ": " + message,
                List.of(new FieldError(field, message)), Map.of(), Map.of());
    }

    /** A request-shape error found by code rather than by Bean Validation: 400 naming the field. */
    public static ProblemException badField(String field, String message) {
        return new ProblemException(ProblemType.VALIDATION, field + ": " + message,
                List.of(new FieldError(field, message)), Map.of(), Map.of());
    }

    /** Several request-shape errors found together by code: 400 listing every field. */
    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(ProblemType.VALIDATION, detail, errors, Map.of(), Map.of());
    }

    public static ProblemException unavailable(String detail, int retryAfterSeconds) {
        return new ProblemException(ProblemType.UNAVAILABLE, detail, List.of(), Map.of(),
                Map.of("Retry-After", Integer.toString(retryAfterSeconds)));
    }

    public ProblemType type() {
        return type;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
