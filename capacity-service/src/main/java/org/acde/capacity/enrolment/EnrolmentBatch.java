package org.acde.capacity.enrolment;

import java.util.List;

/**
 * An enrolment batch as read from the body: its rows in order, and what identifies "the same request" for an
 * Idempotency-Key (the rows as parsed, so a retry with the same content in other whitespace is the same request).
 */
record EnrolmentBatch(List<BatchRow> rows, Identity identity) {

    /** The format and each row's content as read: JSON values, or CSV cells (the header first). */
    record Identity(String format, List<Object> rows) {
    }
}
