package io.github.nianbao.internal.read.pdf;

/**
 * One character drawn on a page (字形), in top-down page coordinates (points, origin at the top-left corner of the
 * crop box).
 *
 * @param text     the Unicode text of the glyph (usually one character)
 * @param x        left edge
 * @param baseline baseline y
 * @param width    advance width
 * @param size     font size in points
 * @param bold     whether the font is bold or a heading face
 */
record Glyph(String text, double x, double baseline, double width, double size, boolean bold) {

    /** Horizontal centre. */
    double centerX() {
        return x + width / 2;
    }

    /**
     * Vertical centre of the glyph body: CJK glyph boxes reach from about 0.12 em below the baseline to 0.88 em
     * above it, so the centre is about 0.38 em above the baseline.
     */
    double centerY() {
        return baseline - 0.38 * size;
    }

    double right() {
        return x + width;
    }

    /** Top of the glyph body. */
    double top() {
        return baseline - 0.88 * size;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}
