package io.github.nianbao.read.html;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.read.Limits;

/** Counts table cells (grid positions) read from one page against {@link ParseOptions#maxTableCells()}. */
final class CellBudget {

    private final ParseOptions options;
    private final long deadline;
    private int used;

    CellBudget(ParseOptions options, long deadline) {
        this.options = options;
        this.deadline = deadline;
    }

    /** Takes {@code n} cells; throws when the limit or the deadline has passed. */
    void take(long n) throws NianbaoException {
        long total = used + n;
        Limits.checkCells(total > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) total, options);
        used = (int) total;
        Limits.checkDeadline(deadline);
    }

    /** Cells taken so far. */
    int used() {
        return used;
    }

    /** The deadline ({@link System#nanoTime()} value). */
    long deadline() {
        return deadline;
    }
}
