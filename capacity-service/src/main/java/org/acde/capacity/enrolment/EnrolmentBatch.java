package org.acde.capacity.enrolment;

import java.util.List;

/**
 * An enrolment batch as read from the body: its rows in order, and what identifies "the same request" for an
 * Idempotency-Key (the rows as parsed, so a retry with the same content in other whitespace is the same request).
 */
record EnrolmentBatch(List<BatchRow> rows, Identity identity) {

    /** The format and the content: each JSON row as parsed, or the SHA-256 of the CSV body (compared byte for byte). */
    record Identity(String format, List<Object> content) {
    }
}
