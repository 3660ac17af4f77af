package io.github.nianbao.internal.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds ruled tables on a page: cleaned lines that touch or cross form connected groups; a group with at least two
 * horizontal and two vertical lines whose grid has more than one cell is a table.
 */
final class GridFinder {

    /** How far a line end may fall short of the line it meets. */
    static final double INTERSECTION_TOLERANCE = 3.0;

    private GridFinder() {
    }

    /** The tables drawn by {@code rawLines}, top to bottom. */
    static List<TableGrid> find(List<Ruling> rawLines) {
        List<Ruling> lines = Rulings.clean(rawLines);
        int n = lines.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (touch(lines.get(i), lines.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        List<List<Ruling>> groups = new ArrayList<>();
        int[] groupOf = new int[n];
        java.util.Arrays.fill(groupOf, -1);
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (groupOf[root] < 0) {
                groupOf[root] = groups.size();
                groups.add(new ArrayList<>());
            }
            groups.get(groupOf[root]).add(lines.get(i));
        }
        List<TableGrid> tables = new ArrayList<>();
        for (List<Ruling> g : groups) {
            long h = g.stream().filter(Ruling::horizontal).count();
            if (h >= 2 && g.size() - h >= 2) {
                TableGrid grid = TableGrid.build(g);
                if (grid.rows() >= 1 && grid.columns() >= 1 && grid.rows() * grid.columns() > 1) {
                    tables.add(grid);
                }
            }
        }
        tables.sort(java.util.Comparator.comparingDouble(TableGrid::top));
        return tables;
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.horizontal() != b.horizontal()) {
            return a.horizontal() ? Rulings.intersect(a, b, INTERSECTION_TOLERANCE)
                    : Rulings.intersect(b, a, INTERSECTION_TOLERANCE);
        }
        return Math.abs(a.position() - b.position()) <= Rulings.SNAP
                && a.start() <= b.end() + Rulings.JOIN && b.start() <= a.end() + Rulings.JOIN;
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
