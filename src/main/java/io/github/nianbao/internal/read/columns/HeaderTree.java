package io.github.nianbao.internal.read.columns;

import io.github.nianbao.model.Box;
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

    /** How many times the usual reach a stray one-character fragment may lie from the rest of its cell. */
    private static final double STRAY_REACH = 3;
    /** The lines of one wrapped cell are at most this many line heights apart. */
    private static final double WRAP_LIMIT = 2;
    /**
     * In space-aligned text they may be further apart: lines of other cells of a header with centred rows, or
     * empty lines, may come between.
     */
    private static final double SPACED_WRAP_LIMIT = 3;

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
        List<Node> nodes = new ArrayList<>();
        for (Word w : fragments) {
            nodes.add(new Node(w));
        }
        nodes.sort(Comparator.comparingDouble((Node n) -> n.y0).thenComparingDouble(n -> n.x0));
        mergeWrapped(nodes, em, reach);
        if (reach > 0) {
            mergeStrayCharacters(nodes, em, reach);
        }
        List<Node> leaves = new ArrayList<>();
        List<Node> parents = new ArrayList<>();
        for (Node n : nodes) {
            (hasBelow(n, nodes, em) ? parents : leaves).add(n);
        }
        leaves.sort(Comparator.comparingDouble(n -> n.x0));
        List<Column> columns = new ArrayList<>();
        List<HeaderCell> leafRow = new ArrayList<>();
        for (int i = 0; i < leaves.size(); i++) {
            Node n = leaves.get(i);
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

    /**
     * Joins each fragment with the one right below it when they are one wrapped cell, until nothing changes: the
     * lower one is the only fragment on the nearest line below the upper one that overlaps it, the upper one the
     * only one right above the lower one, the lower line is no wider (text wraps where the cell is full), and the
     * lines are at most {@link #WRAP_LIMIT} line heights apart ({@link #SPACED_WRAP_LIMIT} in spaced text).
     */
    private static void mergeWrapped(List<Node> nodes, double em, double reach) {
        double limit = (reach > 0 ? SPACED_WRAP_LIMIT : WRAP_LIMIT) * em;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node a : nodes) {
                Node b = onlyBelow(a, nodes, limit, em, reach);
                if (b != null && onlyAbove(b, nodes, limit, em, reach) == a
                        && b.firstWidth <= a.lastWidth() + 0.5 * em) {
                    a.append(b);
                    nodes.remove(b);
                    changed = true;
                    break;
                }
            }
        }
    }

    /**
     * In space-aligned text a line crowded with words is squeezed, so the lines of one wrapped cell can end up
     * several columns apart. A fragment of one character is never a header cell of its own ({@code 总} / {@code 计}):
     * it joins the nearest fragment on a line just above or below it, when that one is clearly the nearest and
     * within {@link #STRAY_REACH} times the usual reach.
     */
    private static void mergeStrayCharacters(List<Node> nodes, double em, double reach) {
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Node s : nodes) {
                if (s.text.codePointCount(0, s.text.length()) != 1) {
                    continue;
                }
                Node best = null;
                double bestGap = Double.MAX_VALUE;
                double second = Double.MAX_VALUE;
                for (Node m : nodes) {
                    boolean apart = m.y1 <= s.y0 + 0.25 * em || m.y0 >= s.y1 - 0.25 * em;
                    double dy = Math.min(Math.abs(m.lastY0 - s.y0), Math.abs(s.lastY0 - m.y0));
                    if (m == s || !apart || dy > SPACED_WRAP_LIMIT * em) {
                        continue;
                    }
                    double gap = Math.max(0, -overlap(m.x0, m.x1, s.x0, s.x1));
                    if (gap < bestGap) {
                        second = bestGap;
                        bestGap = gap;
                        best = m;
                    } else if (gap < second) {
                        second = gap;
                    }
                }
                if (best != null && bestGap <= STRAY_REACH * reach && second - bestGap >= 1) {
                    Node upper = best.y0 < s.y0 ? best : s;
                    Node lower = upper == best ? s : best;
                    upper.append(lower);
                    nodes.remove(lower);
                    changed = true;
                    break;
                }
            }
        }
    }

    /**
     * The one fragment on the next line below {@code a}'s last line that overlaps it (or, when none overlaps, the
     * one that comes within {@code reach} of it), or null.
     */
    private static Node onlyBelow(Node a, List<Node> nodes, double limit, double em, double reach) {
        Node exact = nearestBelow(a, nodes, limit, em, 0);
        if (exact != null || reach <= 0 || anyBelow(a, nodes, limit, em)) {
            return exact; // fragments right below overlap it: it is not one of shifted lines
        }
        return nearestBelow(a, nodes, limit, em, reach);
    }

    /** Whether any fragment within {@code limit} below {@code a}'s last line overlaps it. */
    private static boolean anyBelow(Node a, List<Node> nodes, double limit, double em) {
        for (Node b : nodes) {
            double d = b.y0 - a.lastY0;
            if (b != a && d > 0.5 * em && d <= limit && overlap(a.lastX0, a.lastX1, b.x0, b.x1) > 0) {
                return true;
            }
        }
        return false;
    }

    private static Node nearestBelow(Node a, List<Node> nodes, double limit, double em, double reach) {
        Node found = null;
        double nearest = Double.MAX_VALUE;
        int count = 0;
        for (Node b : nodes) {
            double d = b.y0 - a.lastY0;
            if (b == a || d <= 0.5 * em || d > limit || overlap(a.lastX0, a.lastX1, b.x0, b.x1) <= -reach) {
                continue;
            }
            if (d < nearest - 0.25 * em) {
                nearest = d;
                found = b;
                count = 1;
            } else if (d <= nearest + 0.25 * em) {
                count++;
            }
        }
        if (count != 1) {
            return null;
        }
        for (Node m : nodes) { // another fragment on that line reaching under a: a stands over more than one
            if (m != found && m != a && Math.abs(m.y0 - found.y0) <= 0.25 * em
                    && overlap(a.lastX0, a.lastX1, m.x0, m.x1) >= 0) {
                return null;
            }
        }
        return found;
    }

    /**
     * The one fragment whose last line is on the nearest line above {@code b} and overlaps it (or, when none
     * overlaps, comes within {@code reach} of it), or null.
     */
    private static Node onlyAbove(Node b, List<Node> nodes, double limit, double em, double reach) {
        Node exact = nearestAbove(b, nodes, limit, em, 0);
        return exact != null || reach <= 0 ? exact : nearestAbove(b, nodes, limit, em, reach);
    }

    private static Node nearestAbove(Node b, List<Node> nodes, double limit, double em, double reach) {
        Node found = null;
        double nearest = Double.MAX_VALUE;
        int count = 0;
        for (Node a : nodes) {
            double d = b.y0 - a.lastY0;
            if (a == b || d <= 0.5 * em || d > limit || overlap(a.lastX0, a.lastX1, b.x0, b.x1) <= -reach) {
                continue;
            }
            if (d < nearest - 0.25 * em) {
                nearest = d;
                found = a;
                count = 1;
            } else if (d <= nearest + 0.25 * em) {
                count++;
            }
        }
        return count == 1 ? found : null;
    }

    private static boolean hasBelow(Node n, List<Node> nodes, double em) {
        for (Node m : nodes) {
            if (m != n && m.y0 >= n.y1 - 0.25 * em && overlap(n.x0, n.x1, m.x0, m.x1) > 0) {
                return true;
            }
        }
        return false;
    }

    /** The spanning cells grouped into rows by height, each placed over its best run of columns. */
    private static List<List<HeaderCell>> parentRows(List<Node> parents, List<Node> leaves, List<Node> all,
                                                     double em) {
        parents.sort(Comparator.comparingDouble((Node n) -> n.y0).thenComparingDouble(n -> n.x0));
        List<List<Node>> groups = new ArrayList<>();
        for (Node p : parents) {
            List<Node> last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            double mid = (p.y0 + p.y1) / 2;
            if (last != null && mid >= last.get(0).y0 && mid <= last.get(0).y1) {
                last.add(p);
            } else {
                List<Node> g = new ArrayList<>();
                g.add(p);
                groups.add(g);
            }
        }
        List<List<HeaderCell>> rows = new ArrayList<>();
        for (List<Node> g : groups) {
            g.sort(Comparator.comparingDouble(n -> n.x0));
            List<HeaderCell> row = new ArrayList<>();
            for (Node p : g) {
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
    private static int nearestLeaf(Node p, List<Node> leaves) {
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
    private static boolean[] barred(Node p, List<Node> row, List<Node> leaves, List<Node> all, double em) {
        boolean[] barred = new boolean[leaves.size()];
        double level = Double.MAX_VALUE;
        double nearest = Double.MAX_VALUE;
        for (Node m : all) {
            if (m != p && m.y0 >= p.y1 - 0.25 * em && overlap(p.x0, p.x1, m.x0, m.x1) > 0) {
                if (m.y0 < nearest - 0.25 * em) {
                    nearest = m.y0;
                }
            }
        }
        level = nearest;
        for (int k = 0; k < leaves.size(); k++) {
            Node leaf = leaves.get(k);
            barred[k] = level < Double.MAX_VALUE && leaf.y0 < level - 0.25 * em;
            for (Node other : row) {
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
    static int[] span(Node p, List<Node> leaves, boolean[] barred) {
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

    /** A header cell being assembled from fragments. */
    static final class Node {
        final StringBuilder text = new StringBuilder();
        double x0;
        double x1;
        double y0;
        double y1;
        double lastX0;
        double lastX1;
        double lastY0;
        final double firstWidth;

        Node(Word w) {
            text.append(w.text());
            x0 = w.x0();
            x1 = w.x1();
            y0 = w.y0();
            y1 = w.y1();
            lastX0 = x0;
            lastX1 = x1;
            lastY0 = y0;
            firstWidth = w.width();
        }

        double lastWidth() {
            return lastX1 - lastX0;
        }

        void append(Node b) {
            String joined = Joiner.join(text.toString(), b.text.toString());
            text.setLength(0);
            text.append(joined);
            x0 = Math.min(x0, b.x0);
            x1 = Math.max(x1, b.x1);
            y1 = Math.max(y1, b.y1);
            lastX0 = b.lastX0;
            lastX1 = b.lastX1;
            lastY0 = b.lastY0;
        }

        Box box() {
            return new Box((float) x0, (float) y0, (float) x1, (float) y1);
        }
    }
}
