package io.github.nianbao.internal.read.pdf;

/**
 * Whether a ruled table on a scanned page runs on beyond the paper (表格超出页面): a page printed from a document
 * whose table is wider than the page shows the table cut off at the paper's edge, and the scan cannot tell where
 * the page's edge was to the point. A grid near the page's right edge is cut off there when its last column is too
 * narrow for a character (the sliver of the column the edge cut through) or when its rule lines end at the right
 * without a line to close them while its left side is closed.
 */
final class ScanEdge {

    /** How near the page's right edge a cut-off table ends, in points: a scan's margin and its straightening. */
    static final double NEAR_EDGE = 36;

    private ScanEdge() {
    }

    /** Whether {@code grid}, on the scanned {@code page}, is cut off by the page's right edge. */
    static boolean cutOff(TableGrid grid, PageContent page) {
        if (grid.right() < page.width() - NEAR_EDGE || grid.columns() < 2) {
            return false;
        }
        double[] e = grid.columnEdges();
        if (e[e.length - 1] - e[e.length - 2] < ScanPage.MIN_CELL) {
            return true;
        }
        return !closed(grid, page, grid.right()) && closed(grid, page, grid.left());
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
