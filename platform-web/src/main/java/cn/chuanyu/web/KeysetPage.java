package cn.chuanyu.web;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a large listing read by keyset: the client passes {@code next} back as {@code after} to get the following
 * page, so page 5,000 costs what page 1 costs. The total is counted only up to a cap, since an exact count of a large
 * filtered set costs more than the page itself.
 */
public record KeysetPage<T>(
        @Schema(description = "the items of this page") List<T> items,

        @Schema(description = "page size asked for (capped at 100)", example = "20")
        int size,

        @Schema(description = "items matching the query, counted up to totalCap", example = "1")
        long total,

        @Schema(description = "true when total is exact; false when more than totalCap items match", example = "true")
        boolean totalExact,

        @Schema(
                nullable = true,
                description = "opaque cursor of the next page (pass it as 'after'); null on the last page")
        String next) {

    /** Counting stops here: a client shows "1000+" beyond it. */
    public static final int TOTAL_CAP = 1000;

    public <R> KeysetPage<R> map(Function<? super T, ? extends R> view) {
        return new KeysetPage<>(items.stream().<R>map(view).toList(), size, total, totalExact, next);
    }
}
