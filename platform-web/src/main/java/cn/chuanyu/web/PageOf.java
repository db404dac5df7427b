package cn.chuanyu.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a listing, with what a client needs to fetch the next one. */
public record PageOf<T>(
        @Schema(description = "the items of this page") List<T> items,

        @Schema(description = "zero-based page index", example = "0")
        int page,

        @Schema(description = "page size asked for (capped at 100)", example = "20")
        int size,

        @Schema(description = "items matching the query across all pages", example = "1")
        long total) {

    public static final int MAX_SIZE = 100;

    /** The same page with each item turned into what clients see. */
    public <R> PageOf<R> map(Function<? super T, ? extends R> view) {
        return new PageOf<>(items.stream().<R>map(view).toList(), page, size, total);
    }
}
