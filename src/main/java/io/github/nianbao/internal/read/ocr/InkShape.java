package io.github.nianbao.internal.read.ocr;

import java.util.ArrayDeque;

/**
 * Recognises the zero marks of report tables by their shape, which OCR reads poorly on their own (a lone
 * {@code /} comes back as {@code 1}, a dash as nothing): a cell's ink that is one stroke, either a straight line
 * rising to the right ({@code /}) or a flat bar ({@code -}, or {@code —} when at least half an em long).
 */
public final class InkShape {

    /**
     * Straightness a slash needs: the correlation of its pixels' x and y (−1 is a perfect rising line). Slashes of
     * scanned reports measure −0.9 to −0.98, digits −0.3 to 0.35.
     */
    private static final double STRAIGHT = -0.8;

    private InkShape() {
    }

    /**
     * The zero mark the ink of {@code box} draws, or null.
     *
     * @param box {x0, y0, x1, y1} around the ink
     * @param em  the font size in pixels
     */
    public static String zeroMark(GrayImage image, int[] box, int threshold, double em) {
        int w = box[2] - box[0];
        int h = box[3] - box[1];
        if (w <= 0 || h <= 0 || w > 3 * em || h > 2 * em) {
            return null;
        }
        boolean[] ink = new boolean[w * h];
        int total = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (image.get(box[0] + x, box[1] + y) < threshold) {
                    ink[y * w + x] = true;
                    total++;
                }
            }
        }
        int[] main = largestComponent(ink, w, h);
        if (main == null || main[0] < 0.9 * total) {
            return null; // more than one stroke
        }
        int cw = main[3] - main[1] + 1;
        int ch = main[4] - main[2] + 1;
        if (ch <= Math.max(3, 0.25 * cw) && cw >= 0.25 * em) {
            return cw >= 0.6 * em ? "—" : "-";
        }
        if (ch >= 0.5 * em && cw >= 0.2 * ch && cw <= 1.2 * ch && correlation(ink, w, h) <= STRAIGHT) {
            return "/";
        }
        return null;
    }

    /** {count, minX, minY, maxX, maxY} of the largest 8-connected component, or null when there is no ink. */
    private static int[] largestComponent(boolean[] ink, int w, int h) {
        boolean[] seen = new boolean[ink.length];
        int[] best = null;
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        for (int start = 0; start < ink.length; start++) {
            if (!ink[start] || seen[start]) {
                continue;
            }
            int[] c = {0, w, h, -1, -1};
            seen[start] = true;
            queue.add(start);
            while (!queue.isEmpty()) {
                int p = queue.poll();
                int x = p % w;
                int y = p / w;
                c[0]++;
                c[1] = Math.min(c[1], x);
                c[2] = Math.min(c[2], y);
                c[3] = Math.max(c[3], x);
                c[4] = Math.max(c[4], y);
                for (int dy = -1; dy <= 1; dy++) {
                    for (int dx = -1; dx <= 1; dx++) {
                        int nx = x + dx;
                        int ny = y + dy;
                        if (nx >= 0 && ny >= 0 && nx < w && ny < h && ink[ny * w + nx] && !seen[ny * w + nx]) {
                            seen[ny * w + nx] = true;
                            queue.add(ny * w + nx);
                        }
                    }
                }
            }
            if (best == null || c[0] > best[0]) {
                best = c;
            }
        }
        return best;
    }

    /** Pearson correlation of the x and y of the ink pixels (y downwards). */
    private static double correlation(boolean[] ink, int w, int h) {
        double n = 0;
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double syy = 0;
        double sxy = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (ink[y * w + x]) {
                    n++;
                    sx += x;
                    sy += y;
                    sxx += (double) x * x;
                    syy += (double) y * y;
                    sxy += (double) x * y;
                }
            }
        }
        double vx = sxx - sx * sx / n;
        double vy = syy - sy * sy / n;
        if (n < 3 || vx <= 0 || vy <= 0) {
            return 0;
        }
        return (sxy - sx * sy / n) / Math.sqrt(vx * vy);
    }
}
