package io.github.nianbao.internal.read.doc;

import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadFailure.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lays a DOC table (表格) on a column grid. A DOC file stores no grid, only each cell's left edge and width (in
 * twips). The grid lines are the union of the cell edges of all rows, edges closer than {@link #EDGE_TOLERANCE}
 * being one line (Word stores a merged cell's edge a twip or two off) — except lines that only a few rows have
 * (fewer than {@link #minSupport}): those come from rows whose cells were shifted (a row that lost its merged label
 * cell, with the cells after it moved left) and would otherwise split every other row into slivers.
 *
 * <p>Each cell goes in the grid column of its left edge and covers the columns up to its right edge: its text goes
 * in the first, the others are empty. A cell whose edge is on no grid line (a shifted row) goes in the next free
 * column, so such a row keeps its cells in order, one per column. Positions no cell covers are empty, and every row
 * is as wide as the widest.
 */
final class DocTable {

    /** Edges at most this many twips apart (about half a millimetre) are the same grid line. */
    static final int EDGE_TOLERANCE = 30;

    /** One cell as stored: its edges and its text (empty for a merged continuation). */
    record Cell(int left, int right, String text) {
    }

    private DocTable() {
    }

    /**
     * The rows on the grid: one text per grid column.
     *
     * @param maxCells most grid positions (rows times columns) allowed
     * @throws ReadFailure {@link Reason#LIMIT_EXCEEDED} for a table with more positions
     */
    static List<List<String>> layout(List<List<Cell>> rows, int maxCells) throws ReadFailure {
        List<int[]> lines = gridLines(rows);
        List<String[]> laid = new ArrayList<>(rows.size());
        long width = Math.max(1, lines.size() - 1);
        long cells = 0;
        for (List<Cell> row : rows) {
            String[] slots = place(row, lines);
            laid.add(slots);
            width = Math.max(width, slots.length);
            cells += slots.length;
            if (Math.max(cells, width * laid.size()) > maxCells) {
                throw new ReadFailure(Reason.LIMIT_EXCEEDED, "a table of " + rows.size() + " rows and "
                        + width + " grid columns has more cells than the limit (maxTableCells)");
            }
        }
        List<List<String>> out = new ArrayList<>(rows.size());
        for (String[] slots : laid) {
            String[] full = Arrays.copyOf(slots, (int) width);
            for (int i = slots.length; i < width; i++) {
                full[i] = "";
            }
            out.add(List.of(full));
        }
        return out;
    }

    private static String[] place(List<Cell> row, List<int[]> lines) {
        List<String> slots = new ArrayList<>();
        int nextFree = 0;
        for (Cell c : row) {
            int left = lineAt(lines, c.left());
            int col = left >= nextFree ? left : nextFree;
            while (slots.size() <= col) {
                slots.add("");
            }
            slots.set(col, c.text());
            int right = lineAt(lines, Math.max(c.left(), c.right()));
            nextFree = right > col ? right : col + 1;
        }
        while (slots.size() < nextFree) {
            slots.add("");
        }
        return slots.toArray(new String[0]);
    }

    /** Rows that must have an edge for it to be a grid line: at least 2 and a fifth of the rows (all for 1-2 rows). */
    static int minSupport(int rows) {
        return rows <= 2 ? 1 : Math.max(2, (rows + 4) / 5);
    }

    /** The grid lines, each as {min, max} of the edges clustered into it, left to right. */
    private static List<int[]> gridLines(List<List<Cell>> rows) {
        TreeSet<Integer> edges = new TreeSet<>();
        for (List<Cell> row : rows) {
            for (Cell c : row) {
                edges.add(c.left());
                edges.add(Math.max(c.left(), c.right()));
            }
        }
        List<int[]> all = new ArrayList<>();
        for (int e : edges) {
            int[] last = all.isEmpty() ? null : all.get(all.size() - 1);
            if (last != null && e - last[1] <= EDGE_TOLERANCE) {
                last[1] = e;
            } else {
                all.add(new int[] {e, e});
            }
        }
        int[] support = new int[all.size()];
        for (List<Cell> row : rows) {
            Set<Integer> seen = new HashSet<>();
            for (Cell c : row) {
                seen.add(indexOf(all, c.left()));
                seen.add(indexOf(all, Math.max(c.left(), c.right())));
            }
            for (int i : seen) {
                support[i]++;
            }
        }
        int min = minSupport(rows.size());
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            if (support[i] >= min) {
                kept.add(all.get(i));
            }
        }
        return kept.size() >= 2 ? kept : all;
    }

    /** The index of the line holding {@code edge} (it is in one: lines are built from all edges). */
    private static int indexOf(List<int[]> lines, int edge) {
        int lo = 0;
        int hi = lines.size() - 1;
        while (lo < hi) { // last line whose min is <= edge
            int mid = (lo + hi + 1) >>> 1;
            if (lines.get(mid)[0] <= edge) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** The index of the grid line within {@link #EDGE_TOLERANCE} of {@code edge}, or -1 when none is. */
    private static int lineAt(List<int[]> lines, int edge) {
        if (lines.isEmpty()) {
            return -1;
        }
        int i = indexOf(lines, edge);
        for (int k = Math.max(0, i - 1); k <= Math.min(lines.size() - 1, i + 1); k++) {
            int[] l = lines.get(k);
            if (edge >= l[0] - EDGE_TOLERANCE && edge <= l[1] + EDGE_TOLERANCE) {
                return k;
            }
        }
        return -1;
    }
}
