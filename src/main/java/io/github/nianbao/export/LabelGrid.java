package io.github.nianbao.export;

import java.util.ArrayList;
import java.util.List;

/**
 * Label paths laid out as merged grid cells, the way a printed table nests its labels: a parent label spans its
 * children, a path shorter than the deepest one stretches its last label to the grid's edge.
 */
final class LabelGrid {

    private LabelGrid() {
    }

    /** Header rows over columns whose label paths are {@code paths} (left to right): one list of labels per level. */
    static List<List<PageSlot.Label>> header(List<List<String>> paths) {
        int depth = depth(paths);
        List<List<PageSlot.Label>> rows = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            List<PageSlot.Label> row = new ArrayList<>();
            for (int i = 0; i < paths.size(); ) {
                List<String> p = paths.get(i);
                if (p.size() <= level) {
                    i++;
                } else if (p.size() == level + 1) {
                    row.add(new PageSlot.Label(p.get(level), depth - level, 1));
                    i++;
                } else {
                    int end = groupEnd(paths, i, level);
                    row.add(new PageSlot.Label(p.get(level), 1, end - i));
                    i = end;
                }
            }
            rows.add(row);
        }
        return rows;
    }

    /** The row labels of data row {@code i} when rows have the label paths {@code paths} (top to bottom). */
    static List<PageSlot.Label> rowLabels(List<List<String>> paths, int i) {
        int depth = depth(paths);
        List<String> p = paths.get(i);
        List<PageSlot.Label> out = new ArrayList<>();
        for (int level = 0; level < p.size(); level++) {
            if (p.size() == level + 1) {
                out.add(new PageSlot.Label(p.get(level), 1, depth - level));
            } else if (i == 0 || !inGroup(paths, i - 1, i, level)) {
                out.add(new PageSlot.Label(p.get(level), groupEnd(paths, i, level) - i, 1));
            }
        }
        return out;
    }

    static int depth(List<List<String>> paths) {
        int depth = 0;
        for (List<String> p : paths) {
            depth = Math.max(depth, p.size());
        }
        return depth;
    }

    /** The end (exclusive) of the run of paths from {@code start} that share the group label at {@code level}. */
    private static int groupEnd(List<List<String>> paths, int start, int level) {
        int end = start + 1;
        while (end < paths.size() && inGroup(paths, start, end, level)) {
            end++;
        }
        return end;
    }

    /** Whether paths {@code a} and {@code b} both continue below {@code level} with the same labels down to it. */
    private static boolean inGroup(List<List<String>> paths, int a, int b, int level) {
        List<String> pa = paths.get(a);
        List<String> pb = paths.get(b);
        return pa.size() > level + 1 && pb.size() > level + 1
                && pa.subList(0, level + 1).equals(pb.subList(0, level + 1));
    }
}
