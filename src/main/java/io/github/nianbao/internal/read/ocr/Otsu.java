package io.github.nianbao.internal.read.ocr;

/** Otsu's threshold (大津法): the grey level that best separates a histogram into ink and paper. */
final class Otsu {

    private Otsu() {
    }

    /** The level t (pixels below t are ink) maximising the between-class variance, clamped to min..max. */
    static int threshold(long[] hist, int min, int max) {
        long total = 0;
        double sum = 0;
        for (int i = 0; i < hist.length; i++) {
            total += hist[i];
            sum += (double) i * hist[i];
        }
        if (total == 0) {
            return (min + max) / 2;
        }
        double sumBelow = 0;
        long below = 0;
        double best = -1;
        int level = (min + max) / 2;
        for (int t = 0; t < hist.length - 1; t++) {
            below += hist[t];
            sumBelow += (double) t * hist[t];
            long above = total - below;
            if (below == 0 || above == 0) {
                continue;
            }
            double m0 = sumBelow / below;
            double m1 = (sum - sumBelow) / above;
            double between = (double) below * above * (m0 - m1) * (m0 - m1);
            if (between > best) {
                best = between;
                level = t + 1;
            }
        }
        return Math.max(min, Math.min(max, level));
    }
}
