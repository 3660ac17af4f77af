package io.github.nianbao.internal.read.ocr;

/**
 * Finds how far a scanned page is turned (倾斜角): the angle at which the ink, projected onto the page's vertical
 * axis, gives the sharpest profile (rule lines and text lines then fall into the fewest rows).
 */
public final class Skew {

    /** Largest skew looked for, in degrees either way. */
    static final double MAX_DEGREES = 3.0;
    private static final double COARSE_STEP = 0.1;
    private static final double FINE_STEP = 0.02;
    /** Ink pixels sampled: every {@code SAMPLE}-th row and column. */
    private static final int SAMPLE = 2;

    private Skew() {
    }

    /**
     * The angle in degrees by which lines fall to the right (y downwards); {@link GrayImage#straighten} with it
     * makes them level. 0 when the page has too little ink to tell.
     */
    public static double degrees(GrayImage image, int inkThreshold) {
        int[] xs = new int[1024];
        int[] ys = new int[1024];
        int n = 0;
        for (int y = 0; y < image.height(); y += SAMPLE) {
            for (int x = 0; x < image.width(); x += SAMPLE) {
                if (image.isInk(x, y, inkThreshold)) {
                    if (n == xs.length) {
                        xs = java.util.Arrays.copyOf(xs, n * 2);
                        ys = java.util.Arrays.copyOf(ys, n * 2);
                    }
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 200) {
            return 0;
        }
        int height = image.height();
        int width = image.width();
        double best = 0;
        double bestScore = score(xs, ys, n, 0, width, height);
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += COARSE_STEP) {
            double s = score(xs, ys, n, a, width, height);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double centre = best;
        for (double a = centre - COARSE_STEP; a <= centre + COARSE_STEP + 1e-9; a += FINE_STEP) {
            double s = score(xs, ys, n, a, width, height);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.abs(best) < FINE_STEP / 2 ? 0 : best;
    }

    /** Sum of squared row counts after removing the slope {@code tan(degrees)}. */
    private static double score(int[] xs, int[] ys, int n, double degrees, int width, int height) {
        double t = Math.tan(Math.toRadians(degrees));
        int margin = (int) Math.ceil(Math.abs(t) * width / SAMPLE) + 1;
        long[] rows = new long[height / SAMPLE + 2 * margin + 1];
        for (int i = 0; i < n; i++) {
            // bins as tall as the sampling step, so that no angle is favoured by the sampling grid
            int r = (int) Math.round((ys[i] - xs[i] * t) / SAMPLE) + margin;
            if (r >= 0 && r < rows.length) {
                rows[r]++;
            }
        }
        double s = 0;
        for (long c : rows) {
            s += (double) c * c;
        }
        return s;
    }
}
