package org.acde.kernel.request;

import java.util.UUID;
import java.util.regex.Pattern;

import org.jboss.logging.MDC;

/**
 * The {@code X-Request-Id} of the request being handled. It is accepted from the caller when it looks like an id
 * (so it cannot forge log lines or headers) and generated otherwise; it sits in the log context under
 * {@value #MDC_KEY}.
 */
public final class RequestId {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    private static final Pattern ACCEPTED = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    private RequestId() {
    }

    /** The caller's id if acceptable, else a fresh one. */
    public static String accept(String candidate) {
        return candidate != null && ACCEPTED.matcher(candidate).matches() ? candidate : UUID.randomUUID().toString();
    }

    /** The id of the request on this (Vert.x duplicated) context, or {@code null} outside a request. */
    public static String current() {
        Object id = MDC.get(MDC_KEY);
        return id == null ? null : id.toString();
    }
}
