package io.github.nianbao.read.doc;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/**
 * Lays a DOC table (表格) on a column grid. A DOC file stores no grid, only each cell's left edge and width (in
 * twips); the grid is the union of all cell edges across all rows, edges closer than {@link #EDGE_TOLERANCE} being
 * one edge (Word stores a merged cell's edge a twip or two off). Each cell then covers the grid columns between its
 * edges: its text goes in the first, the others are empty. Positions no cell covers (a row starting to the right of
 * the table's left edge, or ending short of the right edge) are empty.
 */
final class DocTable {

    /** Edges at most this many twips apart (about half a millimetre) are the same grid line. */
    static final int EDGE_TOLERANCE = 30;

    /** One cell as stored: its edges and its text (empty for a merged continuation). */
    record Cell(int left, int right, String text) {
    }

    private DocTable() {
    }

    /** The rows on the grid: one text per grid column. */
    static List<List<String>> layout(List<List<Cell>> rows) {
        List<int[]> lines = gridLines(rows);
        int columns = Math.max(1, lines.size() - 1);
        List<List<String>> out = new ArrayList<>(rows.size());
        for (List<Cell> row : rows) {
            String[] slots = new String[columns];
            Arrays.fill(slots, "");
            for (Cell c : row) {
                int from = Math.min(columns - 1, lineIndex(lines, c.left()));
                if (slots[from].isEmpty()) {
                    slots[from] = c.text();
                } else if (!c.text().isEmpty()) {
                    slots[from] = slots[from] + " " + c.text(); // degenerate zero-width cell: keep its text
                }
            }
            out.add(List.of(slots));
        }
        return out;
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
        List<int[]> lines = new ArrayList<>();
        for (int e : edges) {
            int[] last = lines.isEmpty() ? null : lines.get(lines.size() - 1);
            if (last != null && e - last[1] <= EDGE_TOLERANCE) {
                last[1] = e;
            } else {
                lines.add(new int[] {e, e});
            }
        }
        return lines;
    }

    /** The index of the grid line nearest to {@code edge} (binary search; lines are sorted and disjoint). */
    private static int lineIndex(List<int[]> lines, int edge) {
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
        if (lo + 1 < lines.size() && (long) lines.get(lo + 1)[0] - edge < (long) edge - lines.get(lo)[1]) {
            return lo + 1;
        }
        return lo;
    }
}
