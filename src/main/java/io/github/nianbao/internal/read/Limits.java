package io.github.nianbao.internal.read;

import io.github.nianbao.internal.read.ReadFailure.Reason;

/** Checks shared by every reader. */
public final class Limits {

    private Limits() {
    }

    /** Throws {@link Reason#TIMEOUT} when {@code deadline} (a {@link System#nanoTime()} value) has passed. */
    public static void checkDeadline(long deadline) throws ReadFailure {
        if (System.nanoTime() - deadline > 0) {
            throw new ReadFailure(Reason.TIMEOUT, "reading took longer than the time limit");
        }
    }

    /** Throws {@link Reason#LIMIT_EXCEEDED} when more table cells were read than the options allow. */
    public static void checkCells(int cells, ReadLimits options) throws ReadFailure {
        if (cells > options.maxTableCells()) {
            throw new ReadFailure(Reason.LIMIT_EXCEEDED,
                    "more than " + options.maxTableCells() + " table cells (limit maxTableCells)");
        }
    }

    /** Throws {@link Reason#LIMIT_EXCEEDED} when a document has more pages than allowed. */
    public static void checkPages(int pages, ReadLimits options) throws ReadFailure {
        if (pages > options.maxPages()) {
            throw new ReadFailure(Reason.LIMIT_EXCEEDED,
                    pages + " pages, more than the limit of " + options.maxPages() + " (maxPages)");
        }
    }
}
