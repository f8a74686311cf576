package org.acde.events.webhooks.delivery;

import java.time.Duration;
import java.util.Optional;

/**
 * What an attempt came to, in words a subscriber may read: a status, or what went wrong in general terms
 * ({@code timeout}, {@code connection failed}, ...), never an address or an exception's text.
 *
 * @param gone the receiver answered 410 Gone: it wants no more (Standard Webhooks), so the subscription is FAILING
 */
record Outcome(boolean delivered, boolean gone, String text, Optional<Duration> retryAfter) {

    static final Outcome ADDRESS_NOT_ALLOWED = failed("address not allowed");
    static final Outcome TIMEOUT = failed("timeout");
    static final Outcome CONNECTION_FAILED = failed("connection failed");
    static final Outcome TLS_FAILED = failed("TLS handshake failed");

    static Outcome failed(String text) {
        return new Outcome(false, false, text, Optional.empty());
    }

    /** The answer's status decides; a body over the cap was cut off, which does not change what the status said. */
    static Outcome status(int status, Optional<Duration> retryAfter, boolean cutOff) {
        String text = (status >= 300 && status < 400 ? "redirect not followed (status " + status + ")" : "status " + status)
                + (cutOff ? ", answer cut off" : "");
        return new Outcome(status >= 200 && status < 300, status == 410, text, retryAfter);
    }
}
