package io.github.nianbao.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.model.Box;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The page images: a page with one black rectangle where a cell would be, rendered with the rectangle's box; the box
 * drawn (magenta) must surround the black pixels, on an upright page and on pages turned by /Rotate.
 */
class PageRendererTest {

    private static final float W = 300;
    private static final float H = 200;
    /** The rectangle in the reader's coordinates: points from the unrotated page's top-left, y down. */
    private static final Box CELL = new Box(50, 40, 80, 60);

    @ParameterizedTest
    @ValueSource(ints = {0, 90, 180, 270})
    void theBoxDrawnSurroundsTheCellOnThePageAsDisplayed(int rotation) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(W, H));
            page.setRotation(rotation);
            doc.addPage(page);
            try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                s.addRect(CELL.x0(), H - CELL.y1(), CELL.width(), CELL.height()); // PDF user space: y up
                s.fill();
            }
            PageRenderer.Cut cut = new PageRenderer(doc).cut(1, CELL);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(cut.png()));
            assertEquals(cut.width(), img.getWidth());
            int[] black = bounds(img, 0x000000);
            int[] box = bounds(img, PageRenderer.BOX_RGB);
            assertTrue(box[0] < black[0] && box[1] < black[1] && box[2] > black[2] && box[3] > black[3],
                    rotation + "°: box " + java.util.Arrays.toString(box) + " around the cell "
                            + java.util.Arrays.toString(black));
            float slack = (PageRenderer.BOX_MARGIN + 2) * PageRenderer.SCALE + 3;
            for (int k = 0; k < 4; k++) {
                assertTrue(Math.abs(box[k] - black[k]) <= slack, rotation + "°: edge " + k + " close to the cell");
            }
            float shownWidth = rotation % 180 == 0 ? W : H;
            assertEquals(Math.round(shownWidth * PageRenderer.SCALE), img.getWidth(), 1, "the page's full width");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 2})
    void aPageOrABoxThatIsNotThereIsAnError(int page) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(W, H)));
            PageRenderer r = new PageRenderer(doc);
            assertThrows(IOException.class, () -> r.cut(page, CELL));
            assertThrows(IOException.class, () -> r.cut(1, new Box(400, 300, 420, 310)));
        }
    }

    /** {x0, y0, x1, y1} of the pixels of colour {@code rgb}. */
    private static int[] bounds(BufferedImage img, int rgb) {
        int[] b = {Integer.MAX_VALUE, Integer.MAX_VALUE, -1, -1};
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    b[0] = Math.min(b[0], x);
                    b[1] = Math.min(b[1], y);
                    b[2] = Math.max(b[2], x);
                    b[3] = Math.max(b[3], y);
                }
            }
        }
        assertTrue(b[2] >= 0, "colour " + Integer.toHexString(rgb) + " found");
        return b;
    }
}
