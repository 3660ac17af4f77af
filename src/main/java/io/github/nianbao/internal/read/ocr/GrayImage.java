package io.github.nianbao.internal.read.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * An 8-bit grey image (灰度图), 0 = black, 255 = white, row by row. Mutable only through {@link #fill}; the OCR
 * steps make new images rather than change one they were given.
 */
public final class GrayImage {

    /** Ink level of an image whose paper is already white ({@link #whitened}): pixels darker than this are ink. */
    public static final int WHITENED_INK = 200;

    private final int width;
    private final int height;
    private final byte[] pixels;

    public GrayImage(int width, int height, byte[] pixels) {
        if (width <= 0 || height <= 0 || pixels.length != width * height) {
            throw new IllegalArgumentException("bad image size " + width + "x" + height);
        }
        this.width = width;
        this.height = height;
        this.pixels = pixels;
    }

    /** A white image. */
    public static GrayImage blank(int width, int height) {
        byte[] p = new byte[width * height];
        java.util.Arrays.fill(p, (byte) 255);
        return new GrayImage(width, height, p);
    }

    /** The grey levels of {@code image} (converted when it is not already 8-bit grey). */
    public static GrayImage of(BufferedImage image) {
        BufferedImage gray = image;
        if (image.getType() != BufferedImage.TYPE_BYTE_GRAY) {
            gray = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = gray.createGraphics();
            try {
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        byte[] data = ((DataBufferByte) gray.getRaster().getDataBuffer()).getData();
        int w = gray.getWidth();
        int h = gray.getHeight();
        if (data.length == w * h) {
            return new GrayImage(w, h, data.clone());
        }
        byte[] p = new byte[w * h];
        gray.getRaster().getDataElements(0, 0, w, h, p);
        return new GrayImage(w, h, p);
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** Grey level at (x, y); white outside the image. */
    public int get(int x, int y) {
        if (x < 0 || y < 0 || x >= width || y >= height) {
            return 255;
        }
        return pixels[y * width + x] & 0xFF;
    }

    /** Sets every pixel of the rectangle (clipped to the image) to {@code level}. */
    public void fill(int x0, int y0, int x1, int y1, int level) {
        int ax = Math.max(0, x0);
        int bx = Math.min(width, x1);
        for (int y = Math.max(0, y0); y < Math.min(height, y1); y++) {
            if (ax < bx) {
                java.util.Arrays.fill(pixels, y * width + ax, y * width + bx, (byte) level);
            }
        }
    }

    /** A copy of this image. */
    public GrayImage copy() {
        return new GrayImage(width, height, pixels.clone());
    }

    /** The rectangle x0..x1, y0..y1 (exclusive ends, clipped; white where it reaches beyond the image). */
    public GrayImage crop(int x0, int y0, int x1, int y1) {
        int w = Math.max(1, x1 - x0);
        int h = Math.max(1, y1 - y0);
        GrayImage out = blank(w, h);
        for (int y = 0; y < h; y++) {
            int sy = y0 + y;
            if (sy < 0 || sy >= height) {
                continue;
            }
            int from = Math.max(0, x0);
            int to = Math.min(width, x1);
            if (from < to) {
                System.arraycopy(pixels, sy * width + from, out.pixels, y * w + (from - x0), to - from);
            }
        }
        return out;
    }

    /** Copies {@code other} into this image with its top-left corner at (x, y) (clipped). */
    public void paste(GrayImage other, int x, int y) {
        for (int row = 0; row < other.height; row++) {
            int ty = y + row;
            if (ty < 0 || ty >= height) {
                continue;
            }
            int from = Math.max(0, -x);
            int to = Math.min(other.width, width - x);
            if (from < to) {
                System.arraycopy(other.pixels, row * other.width + from, pixels, ty * width + x + from, to - from);
            }
        }
    }

    /**
     * This image turned about its centre so that lines which fall by {@code tan(degrees)} per pixel to the right
     * (y grows downwards) come out level; same size, bilinear, white where nothing maps.
     */
    public GrayImage straighten(double degrees) {
        double a = Math.toRadians(degrees);
        double cos = Math.cos(a);
        double sin = Math.sin(a);
        double cx = (width - 1) / 2.0;
        double cy = (height - 1) / 2.0;
        byte[] out = new byte[pixels.length];
        for (int y = 0; y < height; y++) {
            double dy = y - cy;
            for (int x = 0; x < width; x++) {
                double dx = x - cx;
                out[y * width + x] = (byte) bilinear(cx + dx * cos - dy * sin, cy + dx * sin + dy * cos);
            }
        }
        return new GrayImage(width, height, out);
    }

    private int bilinear(double x, double y) {
        int x0 = (int) Math.floor(x);
        int y0 = (int) Math.floor(y);
        if (x0 < -1 || y0 < -1 || x0 >= width || y0 >= height) {
            return 255;
        }
        double fx = x - x0;
        double fy = y - y0;
        double top = get(x0, y0) * (1 - fx) + get(x0 + 1, y0) * fx;
        double bottom = get(x0, y0 + 1) * (1 - fx) + get(x0 + 1, y0 + 1) * fx;
        return (int) Math.round(top * (1 - fy) + bottom * fy);
    }

    /** This image scaled by {@code factor} (area average when shrinking, bilinear when growing). */
    public GrayImage scale(double factor) {
        int w = Math.max(1, (int) Math.round(width * factor));
        int h = Math.max(1, (int) Math.round(height * factor));
        byte[] out = new byte[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                out[y * w + x] = (byte) (factor < 1 ? area(x / factor, y / factor, 1 / factor)
                        : bilinear((x + 0.5) / factor - 0.5, (y + 0.5) / factor - 0.5));
            }
        }
        return new GrayImage(w, h, out);
    }

    private int area(double x, double y, double size) {
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(width, Math.max(x0 + 1, (int) (x + size)));
        int y1 = Math.min(height, Math.max(y0 + 1, (int) (y + size)));
        long sum = 0;
        for (int yy = y0; yy < y1; yy++) {
            for (int xx = x0; xx < x1; xx++) {
                sum += pixels[yy * width + xx] & 0xFF;
            }
        }
        return (int) (sum / ((long) (x1 - x0) * (y1 - y0)));
    }

    /** Writes the image as binary PGM (P5), which Tesseract's image library reads. */
    public void writePgm(Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P5\n" + width + " " + height + "\n255\n").getBytes(StandardCharsets.US_ASCII));
            out.write(pixels);
        }
    }

    /**
     * Whether the image holds anything to read: some pixels (at least one in 5,000) at least {@code levels} darker
     * than the paper (the median grey), but not half of the image (a black or inverted page).
     */
    public boolean hasContrast(int levels) {
        long[] hist = new long[256];
        for (byte b : pixels) {
            hist[b & 0xFF]++;
        }
        long seen = 0;
        int paper = 255;
        for (int v = 0; v < 256; v++) {
            seen += hist[v];
            if (seen * 2 >= pixels.length) {
                paper = v;
                break;
            }
        }
        long dark = 0;
        for (int v = 0; v < paper - levels; v++) {
            dark += hist[v];
        }
        return dark * 5000 >= pixels.length && dark * 2 < pixels.length;
    }

    /** Grey level below which a pixel is ink, from Otsu's method on the histogram (clamped to 96..200). */
    public int inkThreshold() {
        long[] hist = new long[256];
        for (byte b : pixels) {
            hist[b & 0xFF]++;
        }
        return Otsu.threshold(hist, 96, 200);
    }

    /**
     * A copy with every pixel at or above {@code level} made white: scanner grey and JPEG noise on the paper go, ink
     * keeps its shades (Tesseract's own binarisation misjudges sheets of pasted crops on grey paper).
     */
    public GrayImage whitened(int level) {
        byte[] out = pixels.clone();
        for (int i = 0; i < out.length; i++) {
            if ((out[i] & 0xFF) >= level) {
                out[i] = (byte) 255;
            }
        }
        return new GrayImage(width, height, out);
    }

    /** Whether (x, y) is darker than {@code threshold}. */
    public boolean isInk(int x, int y, int threshold) {
        return (pixels[y * width + x] & 0xFF) < threshold;
    }

    /** Row {@code y}'s grey levels into {@code into} (white for a row outside the image); {@code into} as wide. */
    public void row(int y, int[] into) {
        if (y < 0 || y >= height) {
            java.util.Arrays.fill(into, 0, width, 255);
            return;
        }
        int base = y * width;
        for (int x = 0; x < width; x++) {
            into[x] = pixels[base + x] & 0xFF;
        }
    }

    /** This image mirrored about its diagonal: columns become rows (x and y swap). */
    public GrayImage transposed() {
        byte[] out = new byte[pixels.length];
        int tile = 64;
        for (int y0 = 0; y0 < height; y0 += tile) {
            for (int x0 = 0; x0 < width; x0 += tile) {
                for (int y = y0; y < Math.min(height, y0 + tile); y++) {
                    for (int x = x0; x < Math.min(width, x0 + tile); x++) {
                        out[x * height + y] = pixels[y * width + x];
                    }
                }
            }
        }
        return new GrayImage(height, width, out);
    }
}
