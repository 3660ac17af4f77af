package io.github.nianbao.internal.read.ocr;

/**
 * A rule line found in an image, in pixels.
 *
 * @param horizontal whether it runs left to right
 * @param first      first pixel row (horizontal) or column (vertical) it covers across its thickness
 * @param last       last such row or column
 * @param start      where it starts along its length (x for horizontal, y for vertical)
 * @param end        where it ends along its length (inclusive)
 */
public record PixelLine(boolean horizontal, int first, int last, int start, int end) {

    /** The middle across the line's thickness. */
    public double position() {
        return (first + last) / 2.0;
    }

    public int thickness() {
        return last - first + 1;
    }

    public int length() {
        return end - start + 1;
    }
}
