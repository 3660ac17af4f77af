package io.github.nianbao.internal.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cleans raw rule lines the way pdfplumber's table finder does: lines whose positions differ by at most
 * {@link #SNAP} points are snapped to their mean position, then collinear pieces whose ends are at most
 * {@link #JOIN} points apart are joined into one line.
 */
final class Rulings {

    /** Positions this close are the same line (double borders, HTML cells that each draw their own border). */
    static final double SNAP = 3.0;
    /** Collinear pieces with gaps this small are one line. */
    static final double JOIN = 3.0;

    private Rulings() {
    }

    /** Snapped and joined horizontal and vertical lines. */
    static List<Ruling> clean(List<Ruling> raw) {
        List<Ruling> h = new ArrayList<>();
        List<Ruling> v = new ArrayList<>();
        for (Ruling r : raw) {
            (r.horizontal() ? h : v).add(r);
        }
        List<Ruling> out = new ArrayList<>(join(snap(h)));
        out.addAll(join(snap(v)));
        return out;
    }

    /** Groups lines whose positions chain within {@link #SNAP} and moves each group to its mean position. */
    static List<Ruling> snap(List<Ruling> lines) {
        List<Ruling> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Ruling::position));
        List<Ruling> out = new ArrayList<>(sorted.size());
        int i = 0;
        while (i < sorted.size()) {
            int j = i + 1;
            double sum = sorted.get(i).position();
            while (j < sorted.size() && sorted.get(j).position() - sorted.get(j - 1).position() <= SNAP) {
                sum += sorted.get(j).position();
                j++;
            }
            double mean = sum / (j - i);
            for (int k = i; k < j; k++) {
                out.add(sorted.get(k).withPosition(mean));
            }
            i = j;
        }
        return out;
    }

    /** Joins lines at the same position whose extents overlap or are at most {@link #JOIN} apart. */
    static List<Ruling> join(List<Ruling> snapped) {
        List<Ruling> sorted = new ArrayList<>(snapped);
        sorted.sort(Comparator.comparingDouble(Ruling::position).thenComparingDouble(Ruling::start));
        List<Ruling> out = new ArrayList<>();
        Ruling cur = null;
        for (Ruling r : sorted) {
            if (cur != null && cur.position() == r.position() && r.start() <= cur.end() + JOIN) {
                cur = new Ruling(cur.horizontal(), cur.position(), cur.start(), Math.max(cur.end(), r.end()));
            } else {
                if (cur != null) {
                    out.add(cur);
                }
                cur = r;
            }
        }
        if (cur != null) {
            out.add(cur);
        }
        return out;
    }

    /** Whether a horizontal and a vertical line touch or cross, within {@code tolerance}. */
    static boolean intersect(Ruling h, Ruling v, double tolerance) {
        return h.covers(v.position(), tolerance) && v.covers(h.position(), tolerance);
    }
}
