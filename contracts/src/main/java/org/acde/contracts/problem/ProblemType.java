package org.acde.contracts.problem;

import java.net.URI;
import java.util.Locale;

import org.acde.contracts.i18n.Labels;

/** The problem types every service answers with; {@code type} URIs are stable identifiers, not links. */
public enum ProblemType {
    VALIDATION(400, "validation"),
    MALFORMED_REQUEST(400, "malformed-request"),
    UNAUTHORIZED(401, "unauthorized"),
    FORBIDDEN(403, "forbidden"),
    NOT_FOUND(404, "not-found"),
    METHOD_NOT_ALLOWED(405, "method-not-allowed"),
    NOT_ACCEPTABLE(406, "not-acceptable"),
    CONFLICT(409, "conflict"),
    CURSOR_EXPIRED(410, "cursor-expired"),
    PRECONDITION_FAILED(412, "precondition-failed"),
    BODY_TOO_LARGE(413, "body-too-large"),
    UNSUPPORTED_MEDIA_TYPE(415, "unsupported-media-type"),
    UNPROCESSABLE(422, "unprocessable"),
    IDEMPOTENCY_KEY_REUSED(422, "idempotency-key-reused"),
    PRECONDITION_REQUIRED(428, "precondition-required"),
    TOO_MANY_REQUESTS(429, "too-many-requests"),
    INTERNAL(500, "internal"),
    BAD_GATEWAY(502, "bad-gateway"),
    UNAVAILABLE(503, "unavailable"),
    GATEWAY_TIMEOUT(504, "gateway-timeout"),
    HTTP_ERROR(0, "http-error");

    private final int status;
    private final String slug;
    private final URI uri;

    ProblemType(int status, String slug) {
        this.status = status;
        this.slug = slug;
        this.uri = URI.create("urn:acde:problem:" + slug);
    }

    public int status() {
        return status;
    }

    public URI uri() {
        return uri;
    }

    /** The English title. */
    public String title() {
        return title(Locale.ENGLISH);
    }

    /** The title in {@code language}, from the label bundles ({@code problem.<slug>}); the {@code type} stays the same. */
    public String title(Locale language) {
        return Labels.get("problem." + slug, language);
    }

    /** The type that fits a bare HTTP status, for errors raised by the HTTP layer rather than by our code. */
    public static ProblemType forStatus(int status) {
        for (ProblemType type : values()) {
            if (type.status == status && type != IDEMPOTENCY_KEY_REUSED && type != MALFORMED_REQUEST
                    && type != CURSOR_EXPIRED) {
                return type;
            }
        }
        return status >= 500 ? INTERNAL : HTTP_ERROR;
    }
}
