package io.github.nianbao.model;

/**
 * A rectangle on a page, in PDF points (1/72 inch) measured from the page's top-left corner, x to the right and y
 * downwards: where a cell or a word was printed (or, for a scanned page, where OCR found it).
 *
 * @param x0 left edge
 * @param y0 top edge
 * @param x1 right edge
 * @param y1 bottom edge
 */
public record Box(float x0, float y0, float x1, float y1) {

    public Box {
        if (!(x0 <= x1) || !(y0 <= y1)) {
            throw new IllegalArgumentException("box edges out of order: " + x0 + "," + y0 + " " + x1 + "," + y1);
        }
    }

    public float width() {
        return x1 - x0;
    }

    public float height() {
        return y1 - y0;
    }

    public float centerX() {
        return (x0 + x1) / 2;
    }

    public float centerY() {
        return (y0 + y1) / 2;
    }

    /** The smallest box holding both. */
    public Box union(Box other) {
        return other == null ? this : new Box(Math.min(x0, other.x0), Math.min(y0, other.y0),
                Math.max(x1, other.x1), Math.max(y1, other.y1));
    }
}
