package cn.chuanyu.web.export;

import java.util.List;
import java.util.function.Consumer;

/**
 * One exported table: its name (the file's and the Excel sheet's), Chinese column headers and its rows of cells. A cell
 * is text, a number (kept a number in Excel) or empty (null).
 *
 * <p>The rows are produced while the file is written, so that an export of 100,000 rows is never held in memory whole;
 * a small report passes the list it has at hand.
 */
public record Sheet(String name, List<String> headers, Rows rows) {

    /** A sheet whose rows are at hand already (a small report). */
    public Sheet(String name, List<String> headers, List<List<Object>> rows) {
        this(name, headers, sink -> rows.forEach(sink));
    }

    /**
     * Produces the rows, in order, into the sink, which writes (or buffers) each one before it returns. Called once per
     * file written, while the answer is written: after the resource method has returned, so a source that reads the
     * database opens its own transaction and checks nothing (who may read what is settled before the answer starts).
     */
    @FunctionalInterface
    public interface Rows {
        void produce(Consumer<List<Object>> sink);
    }
}
