package io.github.nianbao.internal.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Row rules carried on across one cell where the scan shows them too faint and short to be found on their own: a
 * row's rule that ends at a column rule is continued to the next column rule when the image shows, on the row's
 * line, visible pixels over nearly all of the way between them and paper just beside it (the light border of a
 * narrow last column). Without it the cells above and below merge, and the faint rule is read as 一一一. Column
 * rules are not carried down so: across a row of text, the vertical strokes of its characters look the same.
 */
public final class RuleGaps {

    /** Share of the way between the two column rules that shows the line. */
    static final double COVER = 0.85;
    /** Share of it, on one side at least, that must be paper. */
    static final double CLEAR = 0.5;
    /** Widest cell a rule is carried across, in inches. */
    static final double MAX_GAP = 1.5;
    /** Narrowest: a line across closer than this is the other half of a double rule, in inches. */
    static final double MIN_GAP = 0.12;

    private RuleGaps() {
    }

    /**
     * The lines with every row rule carried across the cells where the image shows it.
     *
     * @param level pixels darker than this are visible
     */
    public static List<PixelLine> bridged(List<PixelLine> lines, GrayImage image, int level, double dpi) {
        List<PixelLine> out = new ArrayList<>(lines);
        List<PixelLine> columns = new ArrayList<>();
        for (PixelLine l : out) {
            if (!l.horizontal()) {
                columns.add(l);
            }
        }
        for (int i = 0; i < out.size(); i++) {
            PixelLine l = out.get(i);
            if (l.horizontal()) {
                out.set(i, carried(l, columns, image, level, dpi));
            }
        }
        return out;
    }

    private static PixelLine carried(PixelLine l, List<PixelLine> across, GrayImage image, int level, double dpi) {
        int tolerance = (int) Math.round(dpi / 72) + 1;
        int maxGap = (int) Math.round(MAX_GAP * dpi);
        int minGap = (int) Math.round(MIN_GAP * dpi);
        int at = (int) Math.round(l.position());
        int start = l.start();
        int end = l.end();
        for (boolean forward : new boolean[] {true, false}) {
            while (true) {
                int tip = forward ? end : start;
                PixelLine from = crossing(across, tip, at, tolerance, forward, 0);
                if (from == null) {
                    break;
                }
                PixelLine to = crossing(across, forward ? from.last() + 1 : from.first() - 1, at, minGap, forward,
                        maxGap);
                if (to == null) {
                    break;
                }
                int a = forward ? from.last() + 1 : to.last() + 1;
                int b = forward ? to.first() - 1 : from.first() - 1;
                if (b - a < 2 || !shows(image, l, a, b, level)) {
                    break;
                }
                if (forward) {
                    end = to.last();
                } else {
                    start = to.first();
                }
            }
        }
        return start == l.start() && end == l.end() ? l : new PixelLine(l.horizontal(), l.first(), l.last(), start,
                end);
    }

    /**
     * The line across that crosses position {@code at} nearest {@code tip} within {@code tolerance} (when
     * {@code reach} is 0), or the first beyond {@code tip} in the direction, at least {@code tolerance} and at most
     * {@code reach} away.
     */
    private static PixelLine crossing(List<PixelLine> across, int tip, int at, int tolerance, boolean forward,
                                      int reach) {
        PixelLine best = null;
        int bestD = Integer.MAX_VALUE;
        for (PixelLine v : across) {
            if (v.start() > at + 1 || v.end() < at - 1) {
                continue;
            }
            int d;
            if (reach == 0) {
                d = Math.max(0, Math.max(v.first() - tip, tip - v.last()));
                if (d > tolerance) {
                    continue;
                }
            } else {
                d = forward ? v.first() - tip : tip - v.last();
                if (d < tolerance || d > reach) {
                    continue;
                }
            }
            if (d < bestD) {
                bestD = d;
                best = v;
            }
        }
        return best;
    }

    /** Whether the image shows the line between {@code a} and {@code b} (along it), with paper beside it. */
    private static boolean shows(GrayImage image, PixelLine l, int a, int b, int level) {
        int y0 = l.first() - 1;
        int y1 = l.last() + 1;
        int off = l.thickness() + 4;
        int on = 0;
        int above = 0;
        int below = 0;
        int n = b - a + 1;
        for (int x = a; x <= b; x++) {
            on += visible(image, l.horizontal(), x, y0, y1, level) ? 1 : 0;
            above += visible(image, l.horizontal(), x, y0 - off, y0 - off + 1, level) ? 1 : 0;
            below += visible(image, l.horizontal(), x, y1 + off - 1, y1 + off, level) ? 1 : 0;
        }
        return on >= COVER * n && Math.min(above, below) <= (1 - CLEAR) * n;
    }

    private static boolean visible(GrayImage image, boolean horizontal, int along, int from, int to, int level) {
        for (int k = from; k <= to; k++) {
            int x = horizontal ? along : k;
            int y = horizontal ? k : along;
            if (x >= 0 && y >= 0 && x < image.width() && y < image.height() && image.isInk(x, y, level)) {
                return true;
            }
        }
        return false;
    }
}
