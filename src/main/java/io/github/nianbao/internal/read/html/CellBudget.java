package io.github.nianbao.internal.read.html;

import io.github.nianbao.internal.read.Limits;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadLimits;

/** Counts table cells (grid positions) read from one page against {@link ReadLimits#maxTableCells()}. */
final class CellBudget {

    private final ReadLimits options;
    private final long deadline;
    private int used;

    CellBudget(ReadLimits options, long deadline) {
        this.options = options;
        this.deadline = deadline;
    }

    /** Takes {@code n} cells; throws when the limit or the deadline has passed. */
    void take(long n) throws ReadFailure {
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
