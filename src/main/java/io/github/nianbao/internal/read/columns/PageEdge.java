package io.github.nianbao.internal.read.columns;

import java.util.List;

/**
 * The right edge of a printed page (页面右边界), where a table wider than its page is cut off.
 *
 * @param x    where the edge is
 * @param cuts the heights (middles) at which the edge cuts through text: text that went on beyond it
 */
public record PageEdge(double x, List<Double> cuts) {

    public PageEdge {
        cuts = List.copyOf(cuts);
    }

    /** Whether the edge cuts through text between {@code top} and {@code bottom}. */
    public boolean cutsBetween(double top, double bottom) {
        for (double y : cuts) {
            if (y >= top && y <= bottom) {
                return true;
            }
        }
        return false;
    }
}
