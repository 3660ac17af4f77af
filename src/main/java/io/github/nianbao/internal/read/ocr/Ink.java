package io.github.nianbao.internal.read.ocr;

/**
 * Where the ink of a region is: the bounding box of its solid ink pixels (an ink pixel with at least three ink
 * neighbours, so that scanner speckle and JPEG noise do not count).
 */
public final class Ink {

    private Ink() {
    }

    /**
     * The ink box {x0, y0, x1, y1} (exclusive ends) inside x0..x1, y0..y1 of {@code image}, or null when the region
     * holds fewer than {@code minPixels} solid ink pixels.
     */
    public static int[] box(GrayImage image, int x0, int y0, int x1, int y1, int threshold, int minPixels) {
        int minX = Integer.MAX_VALUE;
        int minY = Integer.MAX_VALUE;
        int maxX = -1;
        int maxY = -1;
        int count = 0;
        int ax = Math.max(1, x0);
        int ay = Math.max(1, y0);
        int bx = Math.min(image.width() - 1, x1);
        int by = Math.min(image.height() - 1, y1);
        for (int y = ay; y < by; y++) {
            for (int x = ax; x < bx; x++) {
                if (image.isInk(x, y, threshold) && neighbours(image, x, y, threshold) >= 3) {
                    count++;
                    minX = Math.min(minX, x);
                    maxX = Math.max(maxX, x);
                    minY = Math.min(minY, y);
                    maxY = Math.max(maxY, y);
                }
            }
        }
        return count < minPixels ? null : new int[] {minX, minY, maxX + 1, maxY + 1};
    }

    private static int neighbours(GrayImage image, int x, int y, int threshold) {
        int n = 0;
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                if ((dx != 0 || dy != 0) && image.isInk(x + dx, y + dy, threshold)) {
                    n++;
                }
            }
        }
        return n;
    }
}
