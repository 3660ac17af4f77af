package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.model.Box;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * A ruled table (有框表格): the distinct x and y edges of its lines make a grid; two neighbouring grid cells belong
 * to one merged cell when no rule line separates them in that band (colspan/rowspan from missing separators).
 */
final class TableGrid {

    /** How far a line may miss a grid edge and still separate it. */
    private static final double EDGE_TOLERANCE = Rulings.SNAP + 0.5;

    private final double[] xs;
    private final double[] ys;
    /** For each grid position, the index of the top-left grid position of its merged cell. */
    private final int[][] origin;

    private TableGrid(double[] xs, double[] ys, int[][] origin) {
        this.xs = xs;
        this.ys = ys;
        this.origin = origin;
    }

    /** The grid of one connected group of cleaned lines. */
    static TableGrid build(List<Ruling> lines) {
        List<Ruling> h = new ArrayList<>();
        List<Ruling> v = new ArrayList<>();
        for (Ruling r : lines) {
            (r.horizontal() ? h : v).add(r);
        }
        double[] xs = edges(v, h);
        double[] ys = edges(h, v);
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        UnionFind uf = new UnionFind(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !separated(v, xs[c + 1], ys[r], ys[r + 1])) {
                    uf.union(r * cols + c, r * cols + c + 1);
                }
                if (r + 1 < rows && !separated(h, ys[r + 1], xs[c], xs[c + 1])) {
                    uf.union(r * cols + c, (r + 1) * cols + c);
                }
            }
        }
        return new TableGrid(xs, ys, origins(uf, rows, cols));
    }

    /**
     * Distinct positions of the lines across, plus the outer ends of the lines along when no line across is there
     * (tables without outer side borders).
     */
    private static double[] edges(List<Ruling> across, List<Ruling> along) {
        TreeSet<Double> set = new TreeSet<>();
        for (Ruling r : across) {
            set.add(r.position());
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (Ruling r : along) {
            min = Math.min(min, r.start());
            max = Math.max(max, r.end());
        }
        if (!along.isEmpty()) {
            addIfFar(set, min);
            addIfFar(set, max);
        }
        List<Double> merged = new ArrayList<>();
        for (double d : set) {
            if (merged.isEmpty() || d - merged.get(merged.size() - 1) > Rulings.SNAP) {
                merged.add(d);
            }
        }
        double[] out = new double[merged.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = merged.get(i);
        }
        return out;
    }

    private static void addIfFar(TreeSet<Double> set, double value) {
        Double lo = set.floor(value);
        Double hi = set.ceiling(value);
        if ((lo == null || value - lo > Rulings.SNAP * 2) && (hi == null || hi - value > Rulings.SNAP * 2)) {
            set.add(value);
        }
    }

    /** Whether some line at {@code position} covers the middle of the band {@code from..to}. */
    static boolean separated(List<Ruling> lines, double position, double from, double to) {
        double inset = Math.min(EDGE_TOLERANCE, (to - from) / 3);
        for (Ruling r : lines) {
            if (Math.abs(r.position() - position) <= EDGE_TOLERANCE && r.coversSpan(from + inset, to - inset, 0)) {
                return true;
            }
        }
        return false;
    }

    private static int[][] origins(UnionFind uf, int rows, int cols) {
        int n = rows * cols;
        int[] minRow = new int[n];
        int[] minCol = new int[n];
        java.util.Arrays.fill(minRow, Integer.MAX_VALUE);
        java.util.Arrays.fill(minCol, Integer.MAX_VALUE);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = uf.find(r * cols + c);
                minRow[root] = Math.min(minRow[root], r);
                minCol[root] = Math.min(minCol[root], c);
            }
        }
        int[][] origin = new int[rows][cols];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int root = uf.find(r * cols + c);
                origin[r][c] = minRow[root] * cols + minCol[root];
            }
        }
        return origin;
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    double left() {
        return xs[0];
    }

    double right() {
        return xs[xs.length - 1];
    }

    double top() {
        return ys[0];
    }

    double bottom() {
        return ys[ys.length - 1];
    }

    /** The column edges, left to right. */
    double[] columnEdges() {
        return xs.clone();
    }

    double rowTop(int row) {
        return ys[row];
    }

    double rowBottom(int row) {
        return ys[row + 1];
    }

    /** Whether the point lies inside the table. */
    boolean contains(double x, double y) {
        return x >= left() && x <= right() && y >= top() && y <= bottom();
    }

    /** The merged cell (as the index of its top-left grid position, row × columns + column) holding a point. */
    int cellAt(double x, double y) {
        int c = slot(xs, x);
        int r = slot(ys, y);
        return origin[r][c];
    }

    /** The page box of the merged cell whose origin is (row, column), on a scanned page. */
    io.github.nianbao.model.Box cellBox(int row, int column, ScanGeometry scan) {
        return scan.toPage(xs[column], ys[row], xs[lastColumnOf(row, column) + 1], ys[lastRowOf(row, column) + 1]);
    }

    /** Last grid column covered by the merged cell whose origin is (row, column). */
    int lastColumnOf(int row, int column) {
        int id = origin[row][column];
        int c = column;
        while (c + 1 < columns() && origin[row][c + 1] == id) {
            c++;
        }
        return c;
    }

    /** Left edge of grid column {@code column}. */
    double columnLeft(int column) {
        return xs[column];
    }

    /** Whether grid position (row, column) is the top-left of its merged cell. */
    boolean isOrigin(int row, int column) {
        return origin[row][column] == row * columns() + column;
    }

    /** The merged cell holding grid position (row, column). */
    int cellOf(int row, int column) {
        return origin[row][column];
    }

    /** Last grid row covered by the merged cell whose origin is (row, column). */
    int lastRowOf(int row, int column) {
        int id = origin[row][column];
        int r = row;
        while (r + 1 < rows() && origin[r + 1][column] == id) {
            r++;
        }
        return r;
    }

    /** The rectangle of the merged cell whose origin is grid position (row, column). */
    Box cellBox(int row, int column) {
        int id = origin[row][column];
        int lastColumn = column;
        while (lastColumn + 1 < columns() && origin[row][lastColumn + 1] == id) {
            lastColumn++;
        }
        return new Box((float) xs[column], (float) ys[row], (float) xs[lastColumn + 1],
                (float) ys[lastRowOf(row, column) + 1]);
    }

    /** The rectangle of grid position (row, column) alone. */
    Box slotBox(int row, int column) {
        return new Box((float) xs[column], (float) ys[row], (float) xs[column + 1], (float) ys[row + 1]);
    }

    /** Index i with edges[i] <= value < edges[i+1], clamped to the grid. */
    private static int slot(double[] edges, double value) {
        int lo = 0;
        int hi = edges.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (edges[mid] <= value) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /** Minimal union–find over grid positions. */
    private static final class UnionFind {
        private final int[] parent;

        UnionFind(int n) {
            parent = new int[n];
            for (int i = 0; i < n; i++) {
                parent[i] = i;
            }
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            parent[find(a)] = find(b);
        }
    }
}
