package io.github.nianbao.internal.read.columns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The header of a table without rule lines (表头), from the fragments printed above its values: fragments one
 * below the other that are one wrapped cell ({@code 自然} / {@code 人}) are joined; a cell with other cells below
 * it spans them ({@code 法人或其他组织} over five, {@code 行政诉讼} over ten); the cells with nothing below them are
 * the table's columns, left to right. A spanning cell stands over the run of columns whose middle, left edge or
 * right edge matches its text's (centred, left- or right-aligned headers). Knows nothing of labels.
 */
public final class HeaderTree {

    private final List<Column> columns;
    private final List<List<HeaderCell>> rows;

    private HeaderTree(List<Column> columns, List<List<HeaderCell>> rows) {
        this.columns = List.copyOf(columns);
        this.rows = List.copyOf(rows);
    }

    /**
     * The header made of {@code fragments} (the words above the values, right of the row labels).
     *
     * @param em    the height of a line of text, in the fragments' units
     * @param reach how far apart two lines of one wrapped cell may lie sideways (0 where positions are exact;
     *              space-aligned text shifts words by a column or two from line to line)
     */
    public static HeaderTree of(List<Word> fragments, double em, double reach) {
        List<HeaderNode> nodes = new ArrayList<>();
        for (Word w : fragments) {
            nodes.add(new HeaderNode(w));
        }
        nodes.sort(Comparator.comparingDouble((HeaderNode n) -> n.y0).thenComparingDouble(n -> n.x0));
        WrappedFragments.merge(nodes, em, reach);
        List<HeaderNode> leaves = new ArrayList<>();
        List<HeaderNode> parents = new ArrayList<>();
        for (HeaderNode n : nodes) {
            (hasBelow(n, nodes, em) ? parents : leaves).add(n);
        }
        leaves.sort(Comparator.comparingDouble(n -> n.x0));
        List<Column> columns = new ArrayList<>();
        List<HeaderCell> leafRow = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            HeaderNode n = leaves.get(i);
            columns.add(new Column(n.text.toString(), n.x0, n.x1));
            leafRow.add(new HeaderCell(n.text.toString(), i, 1, n.box()));
        }
        List<List<HeaderCell>> rows = parentRows(parents, leaves, nodes, em);
        if (!leafRow.isEmpty()) {
            rows.add(leafRow);
        }
        return new HeaderTree(columns, rows);
    }

    /** The columns, left to right. */
    public List<Column> columns() {
        return columns;
    }

    /** The header's cells as rows, top to bottom; the last row holds one cell per column. */
    public List<List<HeaderCell>> rows() {
        return rows;
    }

    private static boolean hasBelow(HeaderNode n, List<HeaderNode> nodes, double em) {
        for (HeaderNode m : nodes) {
            if (m != n && m.y0 >= n.y1 - 0.25 * em && overlap(n.x0, n.x1, m.x0, m.x1) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The spanning cells grouped into rows by height, each placed over its best run of columns. */
    private static List<List<HeaderCell>> parentRows(List<HeaderNode> parents, List<HeaderNode> leaves, List<HeaderNode> all,
                                                     double em) {
        parents.sort(Comparator.comparingDouble((HeaderNode n) -> n.y0).thenComparingDouble(n -> n.x0));
        List<List<HeaderNode>> groups = new ArrayList<>();
        for (HeaderNode p : parents) {
            List<HeaderNode> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            double mid = (p.y0 + p.y1) / 2;
            if (last != null && mid >= last.get(0).y0 && mid <= last.get(0).y1) {
                last.add(p);
            } else {
                List<HeaderNode> g = new ArrayList<>();
                g.add(p);
                groups.add(g);
            }
        }
        List<List<HeaderCell>> rows = new ArrayList<>();
        for (List<HeaderNode> g : groups) {
            g.sort(Comparator.comparingDouble(n -> n.x0));
            List<HeaderCell> row = new ArrayList<>();
            for (HeaderNode p : g) {
                boolean[] barred = barred(p, g, leaves, all, em);
                int[] span = span(p, leaves, barred);
                if (span == null) {
                    int at = nearestLeaf(p, leaves);
                    span = new int[] {at, at};
                }
                if (span[0] >= 0) {
                    row.add(new HeaderCell(p.text.toString(), span[0], span[1] - span[0] + 1, p.box()));
                }
            }
            for (int i = 0; i + 1 < row.size(); i++) { // a span ends before the next cell of its row starts
                HeaderCell c = row.get(i);
                int end = Math.min(c.column() + c.span(), row.get(i + 1).column());
                row.set(i, new HeaderCell(c.text(), c.column(), Math.max(1, end - c.column()), c.box()));
            }
            if (!row.isEmpty()) {
                rows.add(row);
            }
        }
        return rows;
    }

    /** The column whose header's middle is nearest the cell's middle, or -1 when there are none. */
    private static int nearestLeaf(HeaderNode p, List<HeaderNode> leaves) {
        int best = -1;
        double bestDistance = Double.MAX_VALUE;
        double centre = (p.x0 + p.x1) / 2;
        for (int k = 0; k < leaves.size(); k++) {
            double d = Math.abs((leaves.get(k).x0 + leaves.get(k).x1) / 2 - centre);
            if (d < bestDistance) {
                bestDistance = d;
                best = k;
            }
        }
        return best;
    }

    /**
     * The columns a spanning cell cannot stand over: those under the text of another spanning cell of its row, and
     * those whose header starts higher than the cells right below it (a column of the level above, such as 自然人
     * beside 法人或其他组织).
     */
    private static boolean[] barred(HeaderNode p, List<HeaderNode> row, List<HeaderNode> leaves, List<HeaderNode> all, double em) {
        boolean[] barred = new boolean[leaves.size()];
        double level = Double.MAX_VALUE;
        double nearest = Double.MAX_VALUE;
        for (HeaderNode m : all) {
            if (m != p && m.y0 >= p.y1 - 0.25 * em && overlap(p.x0, p.x1, m.x0, m.x1) > 0) {
                if (m.y0 < nearest - 0.25 * em) {
                    nearest = m.y0;
                }
            }
        }
        level = nearest;
        for (int k = 0; k < leaves.size(); k++) {
            HeaderNode leaf = leaves.get(k);
            barred[k] = level < Double.MAX_VALUE && leaf.y0 < level - 0.25 * em;
            for (HeaderNode other : row) {
                if (other != p && overlap(other.x0, other.x1, leaf.x0, leaf.x1) > 0) {
                    barred[k] = true;
                }
            }
        }
        return barred;
    }

    /**
     * The run of columns {@code [first, last]} a spanning cell stands over: it holds every column whose header the
     * cell's text overlaps and none that is barred, and its middle, left or right edge is closest to the cell's; of
     * equally close runs the longest.
     */
    static int[] span(HeaderNode p, List<HeaderNode> leaves, boolean[] barred) {
        int[] best = null;
        double bestCost = Double.MAX_VALUE;
        double centre = (p.x0 + p.x1) / 2;
        int under0 = Integer.MAX_VALUE;
        int under1 = -1;
        for (int i = 0; i < leaves.size(); i++) {
            if (overlap(leaves.get(i).x0, leaves.get(i).x1, p.x0, p.x1) > 0) {
                under0 = Math.min(under0, i);
                under1 = i;
            }
        }
        for (int i = 0; i < leaves.size(); i++) {
            for (int j = i; j < leaves.size(); j++) {
                double x0 = leaves.get(i).x0;
                double x1 = leaves.get(j).x1;
                if (overlap(x0, x1, p.x0, p.x1) <= 0 || under1 >= 0 && (i > under0 || j < under1)) {
                    continue;
                }
                boolean free = true;
                for (int k = i; k <= j && free; k++) {
                    free = !barred[k];
                }
                if (!free) {
                    continue;
                }
                double cost = Math.min(Math.abs((x0 + x1) / 2 - centre),
                        Math.min(Math.abs(x0 - p.x0), Math.abs(x1 - p.x1)));
                if (cost < bestCost - 1e-6 || Math.abs(cost - bestCost) <= 1e-6 && best != null
                        && j - i > best[1] - best[0]) {
                    bestCost = cost;
                    best = new int[] {i, j};
                }
            }
        }
        return best;
    }

    static double overlap(double a0, double a1, double b0, double b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }

}
