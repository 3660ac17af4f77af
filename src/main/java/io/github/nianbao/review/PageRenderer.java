package io.github.nianbao.review;

import io.github.nianbao.model.Box;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Small PNGs of PDF pages: the page's full width over a band around a cell, in grey, with the cell's box drawn in one
 * colour no grey can be ({@link #BOX_RGB}), so the box can be found in the image. Each page of a document is
 * rendered once however many cells are cut from it. Not thread-safe: one per document.
 */
final class PageRenderer {

    /** Changes whenever the images change (scale, band, colours): part of the image cache key. */
    static final int VERSION = 1;
    /** Pixels per PDF point (108 dpi). */
    static final float SCALE = 1.5f;
    /** The box colour, 0xRRGGBB: magenta, which a grey page never has. */
    static final int BOX_RGB = 0xFF00FF;
    /** Points shown above and below the cell. */
    static final float BAND_ABOVE = 60;
    static final float BAND_BELOW = 40;
    /** Points between the cell's box and the line drawn around it. */
    static final float BOX_MARGIN = 2;
    private static final int LINE_PX = 2;
    private static final IndexColorModel PALETTE = palette();

    private final PDDocument document;
    private final PDFRenderer renderer;
    private final Map<Integer, BufferedImage> pages = new HashMap<>();

    PageRenderer(PDDocument document) {
        this.document = document;
        this.renderer = new PDFRenderer(document);
    }

    /** A cut of page {@code page} (1-based). */
    record Cut(byte[] png, Box box, Box region, int width, int height) {
    }

    /**
     * The band of page {@code page} around {@code box} (PDF points from the top-left of the page's crop box, as the
     * reader measures), as a PNG with the box drawn.
     *
     * @throws IOException when the page cannot be rendered, or the box is not on it
     */
    Cut cut(int page, Box box) throws IOException {
        if (page < 1 || page > document.getNumberOfPages()) {
            throw new IOException("the PDF has no page " + page);
        }
        PDPage p = document.getPage(page - 1);
        PDRectangle crop = p.getCropBox();
        Box shown = Rotation.of(p.getRotation()).apply(box, crop.getWidth(), crop.getHeight());
        BufferedImage full = pages.computeIfAbsent(page, this::render);
        if (full == null) {
            throw new IOException("page " + page + " could not be rendered");
        }
        float pageW = full.getWidth() / SCALE;
        float pageH = full.getHeight() / SCALE;
        if (shown.x1() < 0 || shown.y1() < 0 || shown.x0() > pageW || shown.y0() > pageH) {
            throw new IOException("the cell's box " + box + " is not on page " + page);
        }
        Box region = new Box(0, Math.max(0, shown.y0() - BAND_ABOVE), pageW, Math.min(pageH, shown.y1() + BAND_BELOW));
        int x = 0;
        int y = Math.round(region.y0() * SCALE);
        int w = full.getWidth();
        int h = Math.max(1, Math.min(full.getHeight() - y, Math.round(region.height() * SCALE)));
        BufferedImage out = indexed(full, x, y, w, h);
        drawBox(out, shown, region);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(out, "png", png);
        return new Cut(png.toByteArray(), shown, region, w, h);
    }

    private BufferedImage render(int page) {
        try {
            return renderer.renderImage(page - 1, SCALE, ImageType.GRAY);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** Grey levels 0…254 as palette indexes 0…254; index 255 is the box colour. */
    private static BufferedImage indexed(BufferedImage grey, int x, int y, int w, int h) {
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_INDEXED, PALETTE);
        WritableRaster dst = out.getRaster();
        int[] row = new int[w];
        for (int j = 0; j < h; j++) {
            grey.getRaster().getSamples(x, y + j, w, 1, 0, row);
            for (int i = 0; i < w; i++) {
                row[i] = Math.round(row[i] * 254 / 255f);
            }
            dst.setSamples(0, j, w, 1, 0, row);
        }
        return out;
    }

    /** The box, {@link #BOX_MARGIN} points out, as a {@link #LINE_PX}-pixel line of palette index 255. */
    private static void drawBox(BufferedImage img, Box box, Box region) {
        int x0 = Math.round((box.x0() - BOX_MARGIN - region.x0()) * SCALE);
        int y0 = Math.round((box.y0() - BOX_MARGIN - region.y0()) * SCALE);
        int x1 = Math.round((box.x1() + BOX_MARGIN - region.x0()) * SCALE);
        int y1 = Math.round((box.y1() + BOX_MARGIN - region.y0()) * SCALE);
        WritableRaster r = img.getRaster();
        for (int t = 0; t < LINE_PX; t++) {
            for (int i = x0; i <= x1; i++) {
                set(r, i, y0 - t);
                set(r, i, y1 + t);
            }
            for (int j = y0; j <= y1; j++) {
                set(r, x0 - t, j);
                set(r, x1 + t, j);
            }
        }
    }

    private static void set(WritableRaster r, int x, int y) {
        if (x >= 0 && y >= 0 && x < r.getWidth() && y < r.getHeight()) {
            r.setSample(x, y, 0, 255);
        }
    }

    private static IndexColorModel palette() {
        byte[] red = new byte[256];
        byte[] green = new byte[256];
        byte[] blue = new byte[256];
        for (int i = 0; i < 255; i++) {
            byte g = (byte) Math.round(i * 255 / 254f);
            red[i] = g;
            green[i] = g;
            blue[i] = g;
        }
        red[255] = (byte) (BOX_RGB >> 16);
        green[255] = (byte) (BOX_RGB >> 8);
        blue[255] = (byte) BOX_RGB;
        return new IndexColorModel(8, 256, red, green, blue);
    }

    /** A page's /Rotate: how a box measured on the unrotated page lands on the page as displayed (and rendered). */
    enum Rotation {
        NONE, CW90, CW180, CW270;

        static Rotation of(int degrees) {
            return values()[Math.floorMod(degrees / 90, 4)];
        }

        /** {@code b} on a page {@code w} × {@code h} points (unrotated) as displayed. */
        Box apply(Box b, float w, float h) {
            return switch (this) {
                case NONE -> b;
                case CW90 -> new Box(h - b.y1(), b.x0(), h - b.y0(), b.x1());
                case CW180 -> new Box(w - b.x1(), h - b.y1(), w - b.x0(), h - b.y0());
                case CW270 -> new Box(b.y0(), w - b.x1(), b.y1(), w - b.x0());
            };
        }
    }
}
