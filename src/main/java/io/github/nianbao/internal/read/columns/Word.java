package io.github.nianbao.internal.read.columns;

import io.github.nianbao.model.Box;

/**
 * A run of text on one line with its extent (词): x to the right, y downwards, in the reader's units (PDF points,
 * or display columns and line numbers of space-aligned text).
 *
 * @param text the text, never blank
 * @param x0   left edge
 * @param x1   right edge
 * @param y0   top edge
 * @param y1   bottom edge
 */
public record Word(String text, double x0, double x1, double y0, double y1) {

    public Word {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("a word has text");
        }
        if (!(x0 <= x1) || !(y0 <= y1)) {
            throw new IllegalArgumentException("word edges out of order: " + x0 + "," + y0 + " " + x1 + "," + y1);
        }
    }

    public double centerX() {
        return (x0 + x1) / 2;
    }

    public double width() {
        return x1 - x0;
    }

    public double height() {
        return y1 - y0;
    }

    /** Whether the text is a table value: a number or a mark printed for zero. */
    public boolean isValue() {
        return Values.isValue(text);
    }

    /** How much the horizontal extents of this word and {@code [a, b]} overlap (negative: the gap between them). */
    public double overlap(double a, double b) {
        return Math.min(x1, b) - Math.max(x0, a);
    }

    /** The word's extent as a page box. */
    public Box box() {
        return new Box((float) x0, (float) y0, (float) x1, (float) y1);
    }
}
