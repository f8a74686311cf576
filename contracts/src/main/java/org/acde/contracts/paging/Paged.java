package org.acde.contracts.paging;

/**
 * An answer that continues at a cursor: web-kernel's {@code PageLinks} sends {@link #nextCursor()} as an RFC 8288
 * {@code Link: <…>; rel="next"} header, and the contract declares that header on it.
 */
public interface Paged {

    /** The cursor of the next page, or {@code null} when there is none. */
    String nextCursor();
}
