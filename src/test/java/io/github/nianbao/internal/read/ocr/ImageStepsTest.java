package io.github.nianbao.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The image steps of OCR on drawn pages: skew, rule lines, ink, shapes, lines of text. No Tesseract needed. */
class ImageStepsTest {

    /** A white page with a ruled table of {@code rows} x {@code cols} cells and a "character" in each cell. */
    private static GrayImage table(int rows, int cols) {
        GrayImage g = GrayImage.blank(1200, 900);
        int x0 = 100;
        int y0 = 100;
        int cw = 120;
        int rh = 80;
        for (int r = 0; r <= rows; r++) {
            g.fill(x0, y0 + r * rh, x0 + cols * cw + 3, y0 + r * rh + 3, 0);
        }
        for (int c = 0; c <= cols; c++) {
            g.fill(x0 + c * cw, y0, x0 + c * cw + 3, y0 + rows * rh + 3, 0);
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                // a short vertical stroke and a short bar: parts of characters, shorter than a quarter inch
                int x = x0 + c * cw + 40;
                int y = y0 + r * rh + 20;
                g.fill(x, y, x + 6, y + 40, 0);
                g.fill(x - 10, y + 18, x + 30, y + 24, 0);
            }
        }
        return g;
    }

    @Test
    void skewOfATurnedTableIsFoundAndRemoved() {
        GrayImage g = table(6, 8);
        for (double angle : new double[] {-1.2, -0.5, 0.7, 1.1}) {
            GrayImage turned = g.straighten(-angle);
            double found = Skew.degrees(turned, 128);
            assertEquals(angle, found, 0.06, "skew of a page turned by " + angle);
            GrayImage level = turned.straighten(found);
            assertEquals(0, Skew.degrees(level, 128), 0.06);
        }
    }

    @Test
    void ruleLinesAreFoundAndStrokesAreNot() {
        List<PixelLine> lines = new LineFinder(300).find(table(6, 8), 128);
        long horizontal = lines.stream().filter(l -> l.horizontal() && l.length() > 900).count();
        long vertical = lines.stream().filter(l -> !l.horizontal() && l.length() > 450).count();
        assertEquals(7, horizontal, lines.toString());
        assertEquals(9, vertical, lines.toString());
        assertTrue(lines.stream().allMatch(l -> l.length() >= 75), "no stroke taken for a line: " + lines);
    }

    @Test
    void aRuleEndingAtALineAcrossIsNotContinuedThroughAStrokeBeyondIt() {
        GrayImage g = GrayImage.blank(600, 700);
        g.fill(100, 100, 103, 400, 0);  // a column rule, down to
        g.fill(50, 400, 550, 403, 0);   // the line across under its last divided row
        g.fill(100, 410, 103, 445, 0);  // a character's vertical stroke in the merged row below, in line with it
        List<PixelLine> lines = new LineFinder(300).find(g, 128);
        PixelLine rule = lines.stream().filter(l -> !l.horizontal()).findFirst().orElseThrow();
        assertEquals(1, lines.stream().filter(l -> !l.horizontal()).count(), lines.toString());
        assertTrue(rule.end() <= 404, "the rule stops at the line across: " + rule);
    }

    @Test
    void aFadedStretchOfALineIsFollowed() {
        GrayImage g = GrayImage.blank(800, 200);
        g.fill(50, 100, 500, 103, 0);
        g.fill(500, 100, 560, 103, 170); // light grey: scanned lines fade
        List<PixelLine> lines = new LineFinder(300).find(g, 128);
        assertEquals(1, lines.size(), lines.toString());
        assertEquals(559, lines.get(0).end(), 1);
    }

    @Test
    void aTransposedImageHasColumnsForRows() {
        GrayImage g = GrayImage.blank(5, 3);
        g.fill(3, 1, 4, 2, 7);
        GrayImage t = g.transposed();
        assertEquals(3, t.width());
        assertEquals(5, t.height());
        assertEquals(7, t.get(1, 3));
        int[] row = new int[3];
        t.row(3, row);
        assertEquals(List.of(255, 7, 255), List.of(row[0], row[1], row[2]));
        t.row(-1, row);
        assertEquals(255, row[1], "a row outside the image is white");
    }

    @Test
    void erasingPaintsTheLinesWhite() {
        GrayImage g = table(2, 2);
        List<PixelLine> lines = new LineFinder(300).find(g, 128);
        GrayImage clean = LineFinder.erase(g.copy(), lines);
        assertEquals(255, clean.get(100, 150));
        assertEquals(0, clean.get(142, 140), "the strokes inside the cells stay");
    }

    @Test
    void inkBoxIgnoresSpeckle() {
        GrayImage g = GrayImage.blank(200, 200);
        g.fill(10, 10, 11, 11, 0); // one dark pixel: speckle
        assertNull(Ink.box(g, 0, 0, 200, 200, 128, 20));
        g.fill(50, 60, 58, 100, 0);
        assertEquals(List.of(50, 60, 58, 100), boxList(Ink.box(g, 0, 0, 200, 200, 128, 20)));
    }

    private static List<Integer> boxList(int[] b) {
        return List.of(b[0], b[1], b[2], b[3]);
    }

    @Test
    void zeroMarksAreKnownByTheirShape() {
        GrayImage slash = GrayImage.blank(60, 60);
        for (int y = 5; y < 45; y++) {
            int x = 20 + (45 - y) * 16 / 40;
            slash.fill(x, y, x + 4, y + 1, 0);
        }
        assertEquals("/", InkShape.zeroMark(slash, new int[] {15, 3, 45, 47}, 128, 44));
        GrayImage dash = GrayImage.blank(80, 40);
        dash.fill(10, 20, 60, 24, 0);
        assertEquals("—", InkShape.zeroMark(dash, new int[] {8, 18, 62, 26}, 128, 44));
        GrayImage one = GrayImage.blank(60, 60);
        one.fill(28, 5, 33, 45, 0); // stem
        one.fill(20, 40, 41, 45, 0); // foot
        one.fill(22, 8, 28, 12, 0); // flag
        assertNull(InkShape.zeroMark(one, new int[] {18, 3, 43, 47}, 128, 44));
    }

    @Test
    void textLinesAreSplitAtBlankRows() {
        GrayImage g = GrayImage.blank(400, 200);
        g.fill(10, 10, 300, 40, 0);
        g.fill(20, 60, 200, 90, 0);
        for (int x = 20; x < 350; x += 12) {
            g.fill(x, 120, x + 5, 150, 100);
        }
        List<int[]> lines = TextLines.split(g, new int[] {0, 0, 400, 200});
        // the first two bands are solid: filled bars, not text; the third is strokes
        assertEquals(1, lines.size());
        assertEquals(120, lines.get(0)[1]);
        GrayImage text = GrayImage.blank(400, 200);
        for (int x = 10; x < 300; x += 12) {
            text.fill(x, 10, x + 5, 40, 0);
            text.fill(x, 60, x + 5, 90, 0);
        }
        assertEquals(2, TextLines.split(text, new int[] {0, 0, 400, 200}).size());
    }

    /** Text-like ink (strokes, not a filled bar) over {x0, y0, x1, y1}. */
    private static void strokes(GrayImage g, int x0, int y0, int x1, int y1) {
        for (int x = x0; x < x1; x += 12) {
            g.fill(x, y0, Math.min(x + 5, x1), y1, 0);
        }
    }

    @Test
    void aHeaderOfSeveralLinesIsCutAtItsNarrowColumnGaps() {
        GrayImage g = GrayImage.blank(800, 300);
        // one-line rows above and below set the typical line height (40 pixels)
        strokes(g, 20, 10, 700, 50);
        strokes(g, 20, 240, 700, 280);
        // a header of two columns 25 pixels apart (0.6 em): the left one two lines, the right one three lines set
        // between them, so that no blank row runs across
        strokes(g, 20, 80, 197, 120);
        strokes(g, 20, 130, 197, 170);
        strokes(g, 222, 70, 400, 100);
        strokes(g, 222, 110, 400, 140);
        strokes(g, 222, 150, 400, 180);
        List<int[]> lines = TextLines.split(g, new int[] {0, 0, 800, 300});
        assertEquals(7, lines.size(), "two rows, two header lines, three header lines");
        assertTrue(lines.stream().allMatch(l -> l[3] - l[1] <= 45), "every line one line high");
    }

    @Test
    void aValueSetCloseAfterAWrappedLabelIsSplitOff() {
        GrayImage g = GrayImage.blank(800, 300);
        strokes(g, 20, 10, 700, 50); // one-line rows: the typical line height, 40 pixels
        strokes(g, 20, 240, 700, 280);
        strokes(g, 20, 80, 400, 120); // a label of two lines, the second shorter
        strokes(g, 20, 130, 100, 170);
        for (int i = 0; i < 34; i++) { // a slash 6 pixels after the first line, between the two lines
            g.fill(406 + i / 3, 142 - i, 410 + i / 3, 143 - i, 0);
        }
        strokes(g, 500, 108, 540, 142); // the next column's value
        List<int[]> lines = TextLines.split(g, new int[] {0, 0, 800, 300});
        assertTrue(lines.stream().allMatch(l -> l[3] - l[1] <= 45), "every line one line high: "
                + lines.stream().map(java.util.Arrays::toString).toList());
        assertTrue(lines.stream().anyMatch(l -> l[0] >= 400 && l[2] <= 425), "the slash a line of its own");
    }

    @Test
    void blankAndBlackPagesHaveNothingToRead() {
        assertFalse(GrayImage.blank(300, 300).hasContrast(60));
        GrayImage black = GrayImage.blank(300, 300);
        black.fill(0, 0, 300, 300, 0);
        assertFalse(black.hasContrast(60));
        GrayImage page = GrayImage.blank(300, 300);
        page.fill(20, 20, 120, 30, 0);
        assertTrue(page.hasContrast(60));
    }

    @Test
    void cropAndPasteKeepPixels() {
        GrayImage g = GrayImage.blank(50, 50);
        g.fill(10, 10, 20, 20, 7);
        GrayImage c = g.crop(5, 5, 25, 25);
        assertEquals(7, c.get(5, 5));
        assertEquals(255, c.get(0, 0));
        GrayImage sheet = GrayImage.blank(100, 100);
        sheet.paste(c, 40, 40);
        assertEquals(7, sheet.get(45, 45));
        assertNotNull(g.whitened(200));
        assertEquals(255, g.whitened(5).get(12, 12), "grey at or above the level becomes white");
    }
}
