package io.github.nianbao.internal.read.columns;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts the values of a table without rule lines into its columns (按列归位). The values of one column line up
 * down the table, so values whose extents overlap from row to row are first grouped; the groups are then matched
 * to the columns left to right, each group to the column whose header text it lines up with best — by left edges,
 * middles or right edges, whichever fits the whole table best (headers and values may be aligned differently, and
 * space-aligned text shifts words). A column without values gets no group; a group never jumps over another.
 * Within a row, two values that fall into one column are moved apart into free neighbouring columns when they can
 * be. Stateless.
 */
public final class ColumnAssigner {

    /** How a group of values lines up with its header. */
    enum Alignment {
        LEFT, CENTRE, RIGHT
    }

    /** In a refit, a group further than this from every column counts only this far (it was pushed aside). */
    private static final double REFIT_CAP = 2;
    /** A refit tries every pair of groups up to this many groups; beyond, only the first and the last. */
    private static final int REFIT_PAIRS = 24;

    private ColumnAssigner() {
    }

    /**
     * The column of every word of every row, or -1 when there are no columns.
     *
     * @param columns the table's columns, left to right
     * @param rows    the words of each row that lie right of the row labels
     */
    public static int[][] assign(List<Column> columns, List<List<Word>> rows) {
        int[][] out = new int[rows.size()][];
        for (int r = 0; r < rows.size(); r++) {
            out[r] = new int[rows.get(r).size()];
            Arrays.fill(out[r], -1);
        }
        if (columns.isEmpty()) {
            return out;
        }
        List<Group> groups = groups(rows);
        int[] groupColumn = match(groups, columns);
        for (int g = 0; g < groups.size(); g++) {
            for (int[] member : groups.get(g).members) {
                out[member[0]][member[1]] = groupColumn[g];
            }
        }
        for (int r = 0; r < rows.size(); r++) {
            List<Word> row = rows.get(r);
            for (int w = 0; w < row.size(); w++) {
                if (out[r][w] < 0) {
                    out[r][w] = nearest(columns, row.get(w));
                }
            }
            separate(out[r], row, columns);
        }
        return out;
    }

    /**
     * Columns from another page moved and scaled onto this page's values (space-aligned text spreads a page's
     * columns by how much text the page has): of the ways to put two groups of values under two of the columns,
     * the one whose columns lie nearest to every group (a value pushed aside by a long label does not decide it).
     * The columns stay in order. Bounded: groups and columns are a table's few columns.
     */
    public static List<Column> refit(List<Column> columns, List<List<Word>> rows) {
        List<Group> groups = groups(rows);
        if (groups.isEmpty() || columns.isEmpty()) {
            return columns;
        }
        double[] centres = new double[groups.size()];
        for (int g = 0; g < centres.length; g++) {
            centres[g] = groups.get(g).median(groups.get(g).centres);
        }
        List<Column> best = columns;
        double bestCost = Double.MAX_VALUE;
        boolean few = centres.length <= REFIT_PAIRS && columns.size() <= REFIT_PAIRS;
        for (int a = 0; a < centres.length; a++) {
            for (int b = a; b < centres.length; b++) {
                if (!few && (a != 0 || b != centres.length - 1)) {
                    continue;
                }
                for (int i = 0; i < columns.size(); i++) {
                    for (int j = i; j < columns.size(); j++) {
                        double ci = columns.get(i).centerX();
                        double scale = i == j ? 1 : (centres[b] - centres[a]) / (columns.get(j).centerX() - ci);
                        if ((i == j) != (a == b) || !(scale > 0)) {
                            continue;
                        }
                        double cost = 0;
                        for (double c : centres) {
                            double nearest = Double.MAX_VALUE;
                            for (Column col : columns) {
                                nearest = Math.min(nearest, Math.abs(centres[a] + (col.centerX() - ci) * scale - c));
                            }
                            cost += Math.min(nearest, REFIT_CAP);
                        }
                        if (cost < bestCost - 1e-9) {
                            bestCost = cost;
                            best = moved(columns, ci, centres[a], scale);
                        }
                    }
                }
            }
        }
        return best;
    }

    /** The columns moved so that {@code from} goes to {@code to}, and scaled around it. */
    private static List<Column> moved(List<Column> columns, double from, double to, double scale) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(new Column(c.label(), to + (c.x0() - from) * scale, to + (c.x1() - from) * scale));
        }
        return out;
    }

    /** The column whose header text overlaps the word most, or whose middle is nearest. */
    static int nearest(List<Column> columns, Word w) {
        int best = 0;
        double bestScore = -Double.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            Column col = columns.get(c);
            double overlap = w.overlap(col.x0(), col.x1());
            double score = overlap > 0 ? overlap : -Math.abs(w.centerX() - col.centerX());
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best;
    }

    /** Values (numbers and zero marks) whose extents overlap, chained over all rows. */
    static List<Group> groups(List<List<Word>> rows) {
        List<int[]> refs = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (int w = 0; w < rows.get(r).size(); w++) {
                if (rows.get(r).get(w).isValue()) {
                    refs.add(new int[] {r, w});
                }
            }
        }
        refs.sort(Comparator.comparingDouble(ref -> rows.get(ref[0]).get(ref[1]).x0()));
        List<Group> groups = new ArrayList<>();
        Group cur = null;
        for (int[] ref : refs) {
            Word w = rows.get(ref[0]).get(ref[1]);
            if (cur == null || w.x0() >= cur.x1) {
                cur = new Group();
                groups.add(cur);
            }
            cur.add(ref, w);
        }
        return groups;
    }

    /** The column of each group: the cheapest left-to-right matching, under the alignment that fits best. */
    static int[] match(List<Group> groups, List<Column> columns) {
        int[] best = new int[groups.size()];
        double bestCost = Double.MAX_VALUE;
        double share = sharePenalty(columns);
        for (Alignment a : Alignment.values()) {
            int[] assignment = new int[groups.size()];
            double cost = match(groups, columns, a, share, assignment);
            if (cost < bestCost - 1e-9) {
                bestCost = cost;
                best = assignment;
            }
        }
        return best;
    }

    /** Dynamic programme: groups in order to columns in order (never backwards); two groups in one column cost extra. */
    private static double match(List<Group> groups, List<Column> columns, Alignment a, double share, int[] out) {
        int m = groups.size();
        int n = columns.size();
        if (m == 0) {
            return 0;
        }
        double[][] dp = new double[m][n];
        int[][] from = new int[m][n];
        for (int j = 0; j < n; j++) {
            dp[0][j] = cost(groups.get(0), columns.get(j), a);
            from[0][j] = -1;
        }
        for (int i = 1; i < m; i++) {
            double prefix = Double.MAX_VALUE;
            int prefixAt = -1;
            double together = groups.get(i - 1).sharesRow(groups.get(i)) ? 1e9 : share;
            for (int j = 0; j < n; j++) {
                double same = dp[i - 1][j] + together;
                double c = cost(groups.get(i), columns.get(j), a);
                if (prefix <= same) {
                    dp[i][j] = prefix + c;
                    from[i][j] = prefixAt;
                } else {
                    dp[i][j] = same + c;
                    from[i][j] = j;
                }
                if (dp[i - 1][j] < prefix) {
                    prefix = dp[i - 1][j];
                    prefixAt = j;
                }
            }
        }
        int end = 0;
        for (int j = 1; j < n; j++) {
            if (dp[m - 1][j] < dp[m - 1][end]) {
                end = j;
            }
        }
        double total = dp[m - 1][end];
        for (int i = m - 1; i >= 0; i--) {
            out[i] = end;
            end = from[i][end];
        }
        return total;
    }

    /** Distance between a group and a column under an alignment; halved when their extents overlap. */
    static double cost(Group g, Column c, Alignment a) {
        double d = switch (a) {
            case LEFT -> Math.abs(g.median(g.lefts) - c.x0());
            case CENTRE -> Math.abs(g.median(g.centres) - c.centerX());
            case RIGHT -> Math.abs(g.median(g.rights) - c.x1());
        };
        boolean overlaps = Math.min(g.x1, c.x1()) - Math.max(g.x0, c.x0()) > 0;
        return overlaps ? d / 2 : d;
    }

    /**
     * Two groups in one column (values of one column pushed apart, as space-aligned text does) cost a quarter of
     * the median distance between neighbouring columns; never when they have values in the same row.
     */
    private static double sharePenalty(List<Column> columns) {
        if (columns.size() < 2) {
            return 1e6;
        }
        double[] d = new double[columns.size() - 1];
        for (int i = 0; i + 1 < columns.size(); i++) {
            d[i] = columns.get(i + 1).centerX() - columns.get(i).centerX();
        }
        Arrays.sort(d);
        return Math.max(d[d.length / 2], 1e-3);
    }

    /**
     * Two words of one row in one column: the one further from the column's middle moves to the free neighbouring
     * column on its side, if there is one.
     */
    private static void separate(int[] col, List<Word> row, List<Column> columns) {
        for (int i = 0; i < col.length; i++) {
            for (int k = i + 1; k < col.length; k++) {
                if (col[i] != col[k] || col[i] < 0 || !row.get(i).isValue() || !row.get(k).isValue()) {
                    continue;
                }
                int left = row.get(i).x0() <= row.get(k).x0() ? i : k;
                int right = left == i ? k : i;
                int c = col[i];
                if (c + 1 < columns.size() && isFree(col, c + 1)) {
                    col[right] = c + 1;
                } else if (c > 0 && isFree(col, c - 1)) {
                    col[left] = c - 1;
                }
            }
        }
    }

    private static boolean isFree(int[] col, int c) {
        for (int v : col) {
            if (v == c) {
                return false;
            }
        }
        return true;
    }

    /** Values whose extents chain into one band. */
    static final class Group {
        final List<int[]> members = new ArrayList<>();
        final List<Double> lefts = new ArrayList<>();
        final List<Double> centres = new ArrayList<>();
        final List<Double> rights = new ArrayList<>();
        double x0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;

        void add(int[] ref, Word w) {
            members.add(ref);
            lefts.add(w.x0());
            centres.add(w.centerX());
            rights.add(w.x1());
            x0 = Math.min(x0, w.x0());
            x1 = Math.max(x1, w.x1());
        }

        boolean sharesRow(Group other) {
            for (int[] m : members) {
                for (int[] o : other.members) {
                    if (m[0] == o[0]) {
                        return true;
                    }
                }
            }
            return false;
        }

        void absorb(Group other) {
            members.addAll(other.members);
            lefts.addAll(other.lefts);
            centres.addAll(other.centres);
            rights.addAll(other.rights);
            x0 = Math.min(x0, other.x0);
            x1 = Math.max(x1, other.x1);
        }

        double median(List<Double> values) {
            List<Double> sorted = new ArrayList<>(values);
            sorted.sort(null);
            return sorted.get(sorted.size() / 2);
        }
    }
}
