package io.github.nianbao.internal.read.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns painted paths into {@link Ruling}s: straight axis-aligned segments of stroked paths, and thin filled
 * rectangles (many producers draw table lines as filled rectangles 0.5–1 pt wide). Curves and white paint are
 * ignored. Points are given in top-down page coordinates.
 */
final class PathRecorder {

    /** Filled rectangles at most this thick are lines. */
    static final double MAX_LINE_THICKNESS = 2.5;
    /** Segments shorter than this are ignored (ticks, dots, glyph-like decorations). */
    static final double MIN_LENGTH = 3;
    /** How far a segment may lean and still count as horizontal or vertical. */
    private static final double AXIS_TOLERANCE = 1.0;

    private final List<List<double[]>> subpaths = new ArrayList<>();
    private final List<Boolean> curved = new ArrayList<>();
    private List<double[]> current;
    private final List<Ruling> rulings = new ArrayList<>();

    void moveTo(double x, double y) {
        current = new ArrayList<>();
        current.add(new double[] {x, y});
        subpaths.add(current);
        curved.add(false);
    }

    void lineTo(double x, double y) {
        if (current == null) {
            moveTo(x, y);
            return;
        }
        current.add(new double[] {x, y});
    }

    /** A curve segment: the subpath is no longer a candidate for rule lines. */
    void curveTo(double x, double y) {
        lineTo(x, y);
        curved.set(curved.size() - 1, true);
    }

    void closePath() {
        if (current != null && !current.isEmpty()) {
            double[] first = current.get(0);
            current.add(new double[] {first[0], first[1]});
        }
    }

    /** A rectangle ({@code re}), given by its four corners in page coordinates. */
    void rectangle(double[][] corners) {
        moveTo(corners[0][0], corners[0][1]);
        for (int i = 1; i < 4; i++) {
            lineTo(corners[i][0], corners[i][1]);
        }
        closePath();
    }

    /** Paints the current path; {@code stroke}/{@code fill} tell how, {@code white} whether the paint is white. */
    void paint(boolean stroke, boolean fill, boolean strokeWhite, boolean fillWhite) {
        for (int i = 0; i < subpaths.size(); i++) {
            if (curved.get(i)) {
                continue;
            }
            List<double[]> pts = subpaths.get(i);
            if (fill && !fillWhite) {
                addThinRectangle(pts);
            }
            if (stroke && !strokeWhite) {
                addSegments(pts);
            }
        }
        discard();
    }

    /** Ends the path without painting it ({@code n}, clipping paths). */
    void discard() {
        subpaths.clear();
        curved.clear();
        current = null;
    }

    List<Ruling> takeRulings() {
        List<Ruling> out = new ArrayList<>(rulings);
        rulings.clear();
        discard();
        return out;
    }

    private void addSegments(List<double[]> pts) {
        for (int j = 1; j < pts.size(); j++) {
            double[] a = pts.get(j - 1);
            double[] b = pts.get(j);
            addSegment(a[0], a[1], b[0], b[1]);
        }
    }

    private void addSegment(double x1, double y1, double x2, double y2) {
        double dx = Math.abs(x2 - x1);
        double dy = Math.abs(y2 - y1);
        if (dy <= AXIS_TOLERANCE && dx >= MIN_LENGTH) {
            rulings.add(new Ruling(true, (y1 + y2) / 2, x1, x2));
        } else if (dx <= AXIS_TOLERANCE && dy >= MIN_LENGTH) {
            rulings.add(new Ruling(false, (x1 + x2) / 2, y1, y2));
        }
    }

    private void addThinRectangle(List<double[]> pts) {
        if (pts.size() < 4 || !isAxisAligned(pts)) {
            return;
        }
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (double[] p : pts) {
            minX = Math.min(minX, p[0]);
            maxX = Math.max(maxX, p[0]);
            minY = Math.min(minY, p[1]);
            maxY = Math.max(maxY, p[1]);
        }
        double w = maxX - minX;
        double h = maxY - minY;
        if (h <= MAX_LINE_THICKNESS && w >= MIN_LENGTH && w > h) {
            rulings.add(new Ruling(true, (minY + maxY) / 2, minX, maxX));
        } else if (w <= MAX_LINE_THICKNESS && h >= MIN_LENGTH && h > w) {
            rulings.add(new Ruling(false, (minX + maxX) / 2, minY, maxY));
        }
    }

    private static boolean isAxisAligned(List<double[]> pts) {
        for (int j = 1; j < pts.size(); j++) {
            double dx = Math.abs(pts.get(j)[0] - pts.get(j - 1)[0]);
            double dy = Math.abs(pts.get(j)[1] - pts.get(j - 1)[1]);
            if (dx > AXIS_TOLERANCE && dy > AXIS_TOLERANCE) {
                return false;
            }
        }
        return true;
    }
}
