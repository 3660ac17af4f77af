package io.github.nianbao.internal.read.pdf;

import java.util.List;

/**
 * Glyphs that share a baseline (一行文字), sorted left to right.
 *
 * @param glyphs   the glyphs, left to right
 * @param baseline mean baseline
 * @param size     largest font size
 */
record TextLineGroup(List<Glyph> glyphs, double baseline, double size) {

    TextLineGroup {
        glyphs = List.copyOf(glyphs);
    }

    double left() {
        return glyphs.get(0).x();
    }

    double right() {
        return glyphs.get(glyphs.size() - 1).right();
    }

    double top() {
        return baseline - 0.88 * size;
    }

    /** Whether most visible glyphs are bold. */
    boolean bold() {
        int bold = 0;
        int all = 0;
        for (Glyph g : glyphs) {
            if (!g.isSpace()) {
                all++;
                bold += g.bold() ? 1 : 0;
            }
        }
        return all > 0 && bold * 2 > all;
    }

    /** The line's text, with spaces where the gaps between glyphs are wide (never between CJK characters). */
    String text() {
        return TextAssembler.lineText(glyphs);
    }
}
