package io.github.nianbao.internal.read.pdf;

import java.util.List;

/**
 * What one content-stream pass collected from a page.
 *
 * @param number  1-based page number
 * @param width   crop-box width
 * @param height  crop-box height
 * @param glyphs  every visible glyph, in drawing order
 * @param rulings rule lines, not yet snapped
 * @param images  how many images were drawn
 * @param scan    for a page read by OCR, how its image was straightened (positions are on the straightened page);
 *                null for a page read from its text layer
 */
record PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings, int images,
                   ScanGeometry scan) {

    PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }

    /** A page read from its text layer. */
    PageContent(int number, double width, double height, List<Glyph> glyphs, List<Ruling> rulings, int images) {
        this(number, width, height, glyphs, rulings, images, null);
    }
}
