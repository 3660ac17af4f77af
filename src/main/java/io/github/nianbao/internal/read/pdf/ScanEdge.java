package io.github.nianbao.internal.read.pdf;

/**
 * Whether a ruled table on a scanned page runs on beyond the paper (表格超出页面): a page printed from a document
 * whose table is wider than the page shows the table cut off at the paper's edge, and a scan shows where the paper
 * ended only roughly (its margin, the straightening). A grid that ends within {@link #AT_EDGE} of the page's right
 * edge runs off the page after its last column; a grid near the edge whose last column is too narrow for a
 * character (the sliver of a column the edge cut through), or whose rule lines end at the right with no line to
 * close them while its left side is closed, was cut through its last column.
 */
final class ScanEdge {

    /** How a grid meets the page's right edge. */
    enum Cut {
        /** It ends before the edge. */
        NONE,
        /** It runs off the page after its last column, which is whole. */
        AFTER_LAST,
        /** The edge cuts through its last column: what that column shows is part of it. */
        THROUGH_LAST
    }

    /** A grid ending this near the page's right edge (points) ends there: no table is printed that close to it. */
    static final double AT_EDGE = 12;
    /** How near the page's right edge a table cut off there ends, in points: a scan's margin and straightening. */
    static final double NEAR_EDGE = 36;

    private ScanEdge() {
    }

    /** How {@code grid}, on the scanned {@code page}, meets the page's right edge. */
    static Cut of(TableGrid grid, PageContent page) {
        double room = page.width() - grid.right();
        if (room > NEAR_EDGE || grid.columns() < 2) {
            return Cut.NONE;
        }
        double[] e = grid.columnEdges();
        if (e[e.length - 1] - e[e.length - 2] < ScanPage.MIN_CELL
                || !closed(grid, page, grid.right()) && closed(grid, page, grid.left())) {
            return Cut.THROUGH_LAST;
        }
        return room <= AT_EDGE ? Cut.AFTER_LAST : Cut.NONE;
    }

    /** Whether a vertical line at {@code x} runs along most of the grid's height. */
    private static boolean closed(TableGrid grid, PageContent page, double x) {
        double height = grid.bottom() - grid.top();
        double covered = 0;
        for (Ruling r : Rulings.clean(page.rulings())) {
            if (!r.horizontal() && Math.abs(r.position() - x) <= Rulings.SNAP) {
                covered += Math.max(0, Math.min(r.end(), grid.bottom()) - Math.max(r.start(), grid.top()));
            }
        }
        return covered >= height / 2;
    }
}
