package org.acde.contracts.problem;

import java.net.URI;

/** The problem types every service answers with; {@code type} URIs are stable identifiers, not links. */
public enum ProblemType {
    VALIDATION(400, "validation", "Request validation failed"),
    MALFORMED_REQUEST(400, "malformed-request", "Malformed request"),
    UNAUTHORIZED(401, "unauthorized", "Authentication required"),
    FORBIDDEN(403, "forbidden", "Not allowed"),
    NOT_FOUND(404, "not-found", "Resource not found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed", "Method not allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable", "Not acceptable"),
    CONFLICT(409, "conflict", "Conflict with the current state"),
    PRECONDITION_FAILED(412, "precondition-failed", "The resource has changed"),
    BODY_TOO_LARGE(413, "body-too-large", "Request body too large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type", "Unsupported media type"),
    UNPROCESSABLE(422, "unprocessable", "Request breaks a business rule"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused", "Idempotency-Key reused with another request"),
    PRECONDITION_REQUIRED(428, "precondition-required", "If-Match header required"),
    TOO_MANY_REQUESTS(429, "too-many-requests", "Rate limit exceeded"),
    INTERNAL(500, "internal", "Internal error"),
    BAD_GATEWAY(502, "bad-gateway", "Upstream answered with an invalid response"),
    UNAVAILABLE(503, "unavailable", "Service temporarily unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout", "Upstream did not answer in time"),
    HTTP_ERROR(0, "http-error", "Request failed");

    private final int status;
    private final URI uri;
    private final String title;

    ProblemType(int status, String slug, String title) {
        this.status = status;
        this.uri = URI.create("urn:acde:problem:" + slug);
        this.title = title;
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }

    public String title() {
        return title;
    }

    /** The type that fits a bare HTTP status, for errors raised by the HTTP layer rather than by our code. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != IDEMPOTENCY_KEY_REUSED && type != MALFORMED_REQUEST) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : HTTP_ERROR;
    }
}
