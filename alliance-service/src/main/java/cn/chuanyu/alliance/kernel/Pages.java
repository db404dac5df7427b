package cn.chuanyu.alliance.kernel;

import cn.chuanyu.web.PageOf;
import java.util.List;

/** Paging of small lists computed whole in memory, e.g. the yearly summaries (a few rows per year and zone pair). */
public final class Pages {

    private Pages() {}

    /** Page {@code page} (from 0) of {@code size} items of {@code all}; empty beyond its end. */
    public static <T> PageOf<T> of(List<T> all, int page, int size) {
        int from = (int) Math.min((long) page * size, all.size());
        return new PageOf<>(List.copyOf(all.subList(from, Math.min(from + size, all.size()))), page, size, all.size());
    }
}
