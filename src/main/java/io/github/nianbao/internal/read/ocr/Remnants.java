package io.github.nianbao.internal.read.ocr;

/**
 * What is left of a rule line along the inside of a table cell once the rule was painted out: a faint twin of the
 * rule (the lighter right and bottom border of a browser's inset cell border, a blurred edge, a rule thicker than
 * the painted width). Left in the cell it is read as {@code 1}, {@code |} or {@code 一}. It is a straight run of
 * visible pixels along nearly the whole side, close to the side; a character's stroke is never that long.
 */
public final class Remnants {

    /** Share of a side's length a remnant covers (a {@code 1} in a tight cell covers about four fifths of it). */
    static final double COVER = 0.9;

    private Remnants() {
    }

    /**
     * The inside {x0, y0, x1, y1} (exclusive ends) of a cell without the remnants along its sides: each side moves
     * inwards past the innermost run, within {@code reach} pixels of it, of pixels darker than {@code level} that
     * covers {@link #COVER} of the side. The box given when there is none, or when trimming would leave nothing.
     */
    public static int[] trim(GrayImage image, int[] inside, int level, int reach) {
        int x0 = Math.max(0, inside[0]);
        int y0 = Math.max(0, inside[1]);
        int x1 = Math.min(image.width(), inside[2]);
        int y1 = Math.min(image.height(), inside[3]);
        if (x1 - x0 < 3 || y1 - y0 < 3) {
            return inside.clone();
        }
        int left = x0;
        int right = x1;
        for (int d = 0; d < reach && x0 + d < x1; d++) {
            if (covers(image, x0 + d, y0, y1, level, true)) {
                left = x0 + d + 1;
            }
            if (covers(image, x1 - 1 - d, y0, y1, level, true)) {
                right = Math.min(right, x1 - 1 - d);
            }
        }
        int top = y0;
        int bottom = y1;
        for (int d = 0; d < reach && y0 + d < y1; d++) {
            if (covers(image, y0 + d, left, right, level, false)) {
                top = y0 + d + 1;
            }
            if (covers(image, y1 - 1 - d, left, right, level, false)) {
                bottom = Math.min(bottom, y1 - 1 - d);
            }
        }
        if (right - left < 3 || bottom - top < 3) {
            return inside.clone();
        }
        return new int[] {left, top, right, bottom};
    }

    /**
     * Whether the column (or row) at {@code at} has visible pixels, on it or one pixel either side (a line not quite
     * straight), over {@link #COVER} of {@code from..to}.
     */
    private static boolean covers(GrayImage image, int at, int from, int to, int level, boolean vertical) {
        int need = (int) Math.ceil(COVER * (to - from));
        int miss = to - from - need;
        int limit = vertical ? image.width() : image.height();
        for (int i = from; i < to; i++) {
            boolean dark = false;
            for (int k = Math.max(0, at - 1); k <= Math.min(limit - 1, at + 1) && !dark; k++) {
                dark = vertical ? image.isInk(k, i, level) : image.isInk(i, k, level);
            }
            if (!dark && --miss < 0) {
                return false;
            }
        }
        return true;
    }
}
