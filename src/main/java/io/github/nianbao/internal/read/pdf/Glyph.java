package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.model.OcrReading;

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
 * @param ocr      how OCR read it (a word of a scanned page), or null for a glyph of the text layer
 */
record Glyph(String text, double x, double baseline, double width, double size, boolean bold, OcrReading ocr) {

    /** A glyph of the text layer. */
    Glyph(String text, double x, double baseline, double width, double size, boolean bold) {
        this(text, x, baseline, width, size, bold, null);
    }

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
