package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.model.Box;

/**
 * How a scanned page was straightened before OCR: positions found on the straightened image (in points) map back
 * to the page as printed by turning them back about the page centre.
 *
 * @param width   page width in points
 * @param height  page height in points
 * @param degrees the skew removed (lines fell by {@code tan(degrees)} to the right)
 */
record ScanGeometry(double width, double height, double degrees) {

    /** The box on the page (points from its top-left) of a rectangle on the straightened page, clipped to it. */
    Box toPage(double x0, double y0, double x1, double y1) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = width / 2;
        double cy = height / 2;
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        double[][] corners = {{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}};
        for (double[] p : corners) {
            double dx = p[0] - cx;
            double dy = p[1] - cy;
            double x = cx + dx * cos - dy * sin;
            double y = cy + dx * sin + dy * cos;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        return new Box((float) clamp(minX, width), (float) clamp(minY, height), (float) clamp(maxX, width),
                (float) clamp(maxY, height));
    }

    private static double clamp(double v, double max) {
        return Math.max(0, Math.min(max, v));
    }
}
