package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.ocr.GrayImage;
import io.github.nianbao.internal.read.ocr.PixelLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks on the grids found on a scanned page (扫描页的表格线): which of them a table's rule lines draw, and which
 * the strokes of large characters make. Rule lines of a table cross only one another; strokes of characters cross
 * other strokes (the 十 in 华, the 丨 through 中), so ink runs on across them on both sides.
 */
final class ScanGrids {

    /** Largest share of a grid's line length that ink may cross for the grid to be a table. */
    static final double MAX_CROSSED = 0.03;

    private ScanGrids() {
    }

    /** The grids of {@code grids} whose lines ink does not run across. */
    static List<TableGrid> drawn(List<TableGrid> grids, List<PixelLine> lines, GrayImage image, int ink,
                                 double dpi) {
        List<TableGrid> out = new ArrayList<>(grids.size());
        for (TableGrid g : grids) {
            if (crossed(g, lines, image, ink, dpi) <= MAX_CROSSED) {
                out.add(g);
            }
        }
        return out;
    }

    /**
     * The share of the length of the grid's lines where ink lies just beyond the line on both sides, away from the
     * grid's own lines across.
     */
    static double crossed(TableGrid g, List<PixelLine> lines, GrayImage image, int ink, double dpi) {
        List<PixelLine> own = of(g, lines, dpi);
        int away = Math.max(2, (int) Math.round(dpi / 100));
        long length = 0;
        long crossed = 0;
        for (PixelLine l : own) {
            for (int i = l.start(); i <= l.end(); i++) {
                if (nearLineAcross(l, i, own, away)) {
                    continue;
                }
                length++;
                int before = l.first() - away;
                int after = l.last() + away;
                boolean a = l.horizontal() ? image.isInk(i, clamp(before, image.height()), ink)
                        : image.isInk(clamp(before, image.width()), i, ink);
                boolean b = l.horizontal() ? image.isInk(i, clamp(after, image.height()), ink)
                        : image.isInk(clamp(after, image.width()), i, ink);
                if (a && b) {
                    crossed++;
                }
            }
        }
        return length == 0 ? 0 : (double) crossed / length;
    }

    private static int clamp(int v, int size) {
        return Math.max(0, Math.min(size - 1, v));
    }

    /** Whether position {@code i} along {@code l} is at (or next to) a line of the grid across it. */
    private static boolean nearLineAcross(PixelLine l, int i, List<PixelLine> own, int away) {
        for (PixelLine o : own) {
            if (o.horizontal() != l.horizontal() && i >= o.first() - away && i <= o.last() + away
                    && l.position() >= o.start() - away && l.position() <= o.end() + away) {
                return true;
            }
        }
        return false;
    }

    /** The lines that lie on the grid (within its box, a little tolerance around it). */
    static List<PixelLine> of(TableGrid g, List<PixelLine> lines, double dpi) {
        double px = dpi / 72;
        double tolerance = (GridFinder.INTERSECTION_TOLERANCE + 1) * px;
        double left = g.left() * px - tolerance;
        double right = g.right() * px + tolerance;
        double top = g.top() * px - tolerance;
        double bottom = g.bottom() * px + tolerance;
        List<PixelLine> out = new ArrayList<>();
        for (PixelLine l : lines) {
            boolean in = l.horizontal()
                    ? l.position() >= top && l.position() <= bottom && l.start() >= left && l.end() <= right
                    : l.position() >= left && l.position() <= right && l.start() >= top && l.end() <= bottom;
            if (in) {
                out.add(l);
            }
        }
        return out;
    }
}
