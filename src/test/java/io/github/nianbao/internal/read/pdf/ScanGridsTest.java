package io.github.nianbao.internal.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.internal.read.ocr.GrayImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * Grids on drawn scan images (300 dpi): faint hairline tables as LibreOffice prints them and a scan blurs them, and
 * the strokes of a large bold title, which are long and thick enough to pass for rule lines.
 */
class ScanGridsTest {

    private static final double DPI = 300;
    private static final int PAPER = 250;
    /** Column widths of the drawn table, in pixels: two are narrower than half an inch. */
    private static final int[] COLUMNS = {400, 140, 135, 150, 145, 140};
    private static final int ROW = 120;
    private static final int ROWS = 5;
    private static final int LEFT = 200;
    private static final int TOP = 300;

    /**
     * A table as LibreOffice's hairlines look on a scan: horizontal rules one pixel thick, grey that varies along
     * them (blocks of JPEG), wandering up and down a pixel at a time (left over from straightening), blurred to grey
     * between 155 and 205 where ink is darker than about 160; vertical rules darker. Label strokes in the first
     * column, and a digit touching the left rule of every other cell. Two columns are narrower than half an inch.
     */
    static GrayImage faintTable() {
        Random random = new Random(3);
        GrayImage g = paper(2000, 1400);
        int right = LEFT;
        for (int w : COLUMNS) {
            right += w;
        }
        for (int r = 0; r <= ROWS; r++) {
            int y = TOP + r * ROW;
            int shift = 0;
            int grey = 100;
            for (int x = LEFT; x <= right; x++) {
                if (x % 40 == 0) {
                    shift = Math.max(-1, Math.min(1, shift + random.nextInt(3) - 1));
                }
                if (x % 6 == 0) {
                    grey = 60 + random.nextInt(100);
                }
                g.fill(x, y + shift, x + 1, y + shift + 1, grey);
            }
        }
        int x = LEFT;
        for (int c = 0; c <= COLUMNS.length; c++) {
            g.fill(x, TOP, x + 2, TOP + ROWS * ROW + 2, 110);
            if (c < COLUMNS.length) {
                for (int r = 0; r < ROWS; r++) {
                    int cy = TOP + r * ROW + ROW / 2 + 2;
                    if (c == 0) {
                        label(g, x + 30, cy - 18);
                    } else {
                        zero(g, x + 2, cy - 16);
                    }
                }
                x += COLUMNS[c];
            }
        }
        return noisy(blur(g), 6, 42);
    }

    /** A character-sized cluster of strokes. */
    private static void label(GrayImage g, int x, int y) {
        for (int k = 0; k < 5; k++) {
            int cx = x + k * 44;
            g.fill(cx, y, cx + 34, y + 3, 40);
            g.fill(cx + 15, y, cx + 18, y + 36, 40);
            g.fill(cx + 4, y + 18, cx + 30, y + 21, 40);
        }
    }

    /** A digit 0 whose left side touches the rule just left of it. */
    private static void zero(GrayImage g, int x, int y) {
        g.fill(x, y, x + 18, y + 3, 30);
        g.fill(x, y + 29, x + 18, y + 32, 30);
        g.fill(x, y, x + 3, y + 32, 30);
        g.fill(x + 15, y, x + 18, y + 32, 30);
    }

    @Test
    void aFaintBlurredHairlineTableGivesItsWholeGrid() {
        GrayImage g = faintTable();
        ScanPage.Ruled ruled = ScanPage.ruled(g, g.inkThreshold(), DPI);
        assertEquals(1, ruled.tables().size(), ruled.lines().toString());
        TableGrid t = ruled.tables().get(0);
        assertEquals(ROWS, t.rows());
        assertEquals(COLUMNS.length, t.columns());
        for (int r = 0; r < t.rows(); r++) {
            for (int c = 0; c < t.columns(); c++) {
                assertTrue(t.isOrigin(r, c), "cell " + r + "," + c + " merged with a neighbour: a rule was lost");
            }
        }
    }

    @Test
    void theStrokesOfABigBoldTitleAreNoTable() throws IOException {
        BufferedImage png = ImageIO.read(Path.of("testdata/readers/scan-bold-title.png").toFile());
        GrayImage g = noisy(GrayImage.of(png), 6, 7);
        int ink = g.inkThreshold();
        ScanPage.Ruled ruled = ScanPage.ruled(g, ink, DPI);
        List<TableGrid> unchecked = ScanPage.tables(GridFinder.find(rulings(ruled)));
        assertFalse(unchecked.isEmpty(), "the strokes draw grids that pass the size checks");
        for (TableGrid t : unchecked) {
            assertTrue(ScanGrids.crossed(t, ruled.lines(), g, ink, DPI) > 2 * ScanGrids.MAX_CROSSED);
        }
        assertTrue(ruled.tables().isEmpty(), "no table of title strokes: " + ruled.tables().size());
    }

    @Test
    void inkRunsAcrossStrokesButNotAcrossRuleLines() {
        GrayImage g = faintTable();
        int ink = g.inkThreshold();
        ScanPage.Ruled ruled = ScanPage.ruled(g, ink, DPI);
        assertTrue(ScanGrids.crossed(ruled.tables().get(0), ruled.lines(), g, ink, DPI) < ScanGrids.MAX_CROSSED);
    }

    private static List<Ruling> rulings(ScanPage.Ruled ruled) {
        double scale = 72 / DPI;
        return ruled.lines().stream().map(l -> new Ruling(l.horizontal(), l.position() * scale, l.start() * scale,
                (l.end() + 1) * scale)).toList();
    }

    static GrayImage paper(int w, int h) {
        GrayImage g = GrayImage.blank(w, h);
        g.fill(0, 0, w, h, PAPER);
        return g;
    }

    /** The image blurred by a [1 2 1] kernel across and down (a scan's optics). */
    static GrayImage blur(GrayImage g) {
        int w = g.width();
        int h = g.height();
        byte[] tmp = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = g.get(Math.max(0, x - 1), y) + 2 * g.get(x, y) + g.get(Math.min(w - 1, x + 1), y);
                tmp[y * w + x] = (byte) (v / 4);
            }
        }
        GrayImage across = new GrayImage(w, h, tmp);
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = across.get(x, Math.max(0, y - 1)) + 2 * across.get(x, y) + across.get(x, Math.min(h - 1, y + 1));
                out[y * w + x] = (byte) (v / 4);
            }
        }
        return new GrayImage(w, h, out);
    }

    /** The image with uniform noise of up to {@code amount} grey levels either way (fixed seed). */
    static GrayImage noisy(GrayImage g, int amount, long seed) {
        Random random = new Random(seed);
        byte[] out = new byte[g.width() * g.height()];
        for (int y = 0; y < g.height(); y++) {
            for (int x = 0; x < g.width(); x++) {
                int v = g.get(x, y) + random.nextInt(2 * amount + 1) - amount;
                out[y * g.width() + x] = (byte) Math.max(0, Math.min(255, v));
            }
        }
        return new GrayImage(g.width(), g.height(), out);
    }
}
