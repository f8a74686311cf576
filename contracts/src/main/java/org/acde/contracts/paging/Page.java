package org.acde.contracts.paging;

import java.util.List;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a list. {@code nextCursor} is opaque and absent on the last page; the same link is sent as an
 * RFC 8288 {@code Link: <…>; rel="next"} header.
 */
@Schema(requiredProperties = { "items", "total" }, description = "A page of results")
public record Page<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Pass as `cursor` to get the next page; absent on the last page") String nextCursor,
        @Schema(description = "How many items match the filters, over all pages") long total) implements Paged {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;

    public static <T> Page<T> of(List<T> items) {
        return new Page<>(items, null, items.size());
    }

    /** The same page with each item mapped, e.g. entities to views. */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        return new Page<>(items.stream().<R> map(mapper).toList(), nextCursor, total);
    }
}
