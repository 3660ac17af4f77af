package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.ocr.CropStack;
import io.github.nianbao.internal.read.ocr.GrayImage;
import io.github.nianbao.internal.read.ocr.Ink;
import io.github.nianbao.internal.read.ocr.LineFinder;
import io.github.nianbao.internal.read.ocr.OcrFailure;
import io.github.nianbao.internal.read.ocr.OcrRequest;
import io.github.nianbao.internal.read.ocr.OcrWord;
import io.github.nianbao.internal.read.ocr.PixelLine;
import io.github.nianbao.internal.read.ocr.Remnants;
import io.github.nianbao.internal.read.ocr.RuleGaps;
import io.github.nianbao.internal.read.ocr.Skew;
import io.github.nianbao.internal.read.ocr.Tesseract;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one scanned page (扫描页) into the same {@link PageContent} a text page gives, in two steps
 * ({@link #start}, {@link Started#finish}). The image is straightened by
 * the angle of its ink; rule lines are found from long dark runs and painted out; the ruled tables they draw are
 * found as on a text page ({@link GridFinder}). Tesseract then reads the page outside the tables, and every table
 * cell on its own (the cells' ink cut out and stacked, {@link CropStack}), so that no cell's text runs into its
 * neighbour's; the cells that hold numbers are read once more with only number characters allowed
 * ({@link ValueCellReader}). Words become glyphs carrying their OCR readings, rule lines become rulings, all in
 * points on the straightened page; {@link ScanGeometry} maps boxes back to the page as printed.
 */
final class ScanPage {

    /** Grey levels between paper and ink a page needs to be read at all (a blank or evenly grey scan is not). */
    static final int MIN_CONTRAST = 60;
    /** Smallest table, in points: an inch wide, a line of text high. */
    static final double MIN_TABLE_WIDTH = 72;
    static final double MIN_TABLE_HEIGHT = 14;
    /** Smallest row height and median column width of a table, in points: room for a character. */
    static final double MIN_ROW = 8;
    static final double MIN_CELL = 9;

    private ScanPage() {
    }

    /**
     * Reads a page image.
     *
     * @param image    the page rendered at {@code dpi}
     * @param number   1-based page number
     * @param width    page width in points
     * @param height   page height in points
     * @param deadline {@link System#nanoTime()} by which this page must be read
     */
    static PageContent read(GrayImage image, int number, double width, double height, double dpi,
                            Tesseract tesseract, long deadline) throws OcrFailure {
        try (Started s = start(image, number, width, height, dpi, tesseract, deadline)) {
            return s.finish();
        }
    }

    /**
     * Prepares a page (straightened, lines found and painted out, tables found) and starts Tesseract on its text
     * and cells; {@link Started#finish} reads its numbers again and gives the page. While one page's numbers are
     * read, the next page's text can be read: {@link ScanReader} overlaps them.
     */
    static Started start(GrayImage image, int number, double width, double height, double dpi,
                         Tesseract tesseract, long deadline) throws OcrFailure {
        if (!image.hasContrast(MIN_CONTRAST)) {
            return new Started(new PageContent(number, width, height, List.of(), List.of(), 1,
                    new ScanGeometry(width, height, 0)));
        }
        int ink = image.inkThreshold();
        double skew = Skew.degrees(image, ink);
        GrayImage level = skew == 0 ? image : image.straighten(skew);
        Ruled ruled = ruled(level, ink, dpi);
        List<PixelLine> found = ruled.lines();
        List<TableGrid> grids = ruled.tables();
        double scale = 72.0 / dpi;
        List<PixelLine> lines = tableLines(found, grids, scale);
        GrayImage clean = LineFinder.erase(level.whitened(visible(ink)), lines);
        List<CellInk> cells = cells(grids, lines, clean, ink, dpi);
        List<int[]> bands = bands(grids, clean, ink, dpi);
        int pad = (int) Math.round(dpi / 72 * 2);
        List<int[]> regions = new ArrayList<>(bands);
        for (CellInk c : cells) {
            regions.add(c.padded(pad, clean));
        }
        OcrRequest any = new OcrRequest(Tesseract.CHINESE, 7, (int) Math.round(dpi), "",
                OcrRequest.Output.CHOICES);
        CropStack.Pending text = CropStack.start(clean, regions, gap(regions, pad), CropStack.Layout.LINES,
                tesseract, any);
        Page page = new Page(number, width, height, dpi, skew, ink, clean, rulings(lines, scale), cells, bands);
        return new Started(page, text, tesseract, deadline);
    }

    /**
     * The grey level below which a pixel is kept (halfway from the page's ink level to white): lighter ones are
     * whitened, as scanner grey and JPEG noise; darker ones are ink, faint rules and their remnants.
     */
    static int visible(int ink) {
        return (ink + 255) / 2;
    }

    /**
     * The rule lines of a straightened page image that can belong to tables, and the tables they draw (in points).
     */
    static Ruled ruled(GrayImage level, int ink, double dpi) {
        List<PixelLine> raw = RuleGaps.bridged(new LineFinder(dpi).find(level, ink), level, visible(ink), dpi);
        List<PixelLine> single = connected(doubled(raw, dpi), dpi);
        List<TableGrid> grids = tables(GridFinder.find(rulings(single, 72.0 / dpi)));
        // the grid is drawn by single lines; every line is painted out (a double rule's twin too)
        return new Ruled(connected(raw, dpi), ScanGrids.drawn(grids, single, level, ink, dpi));
    }

    /** Lines that can be rules of tables (pixels), and the tables they draw (points). */
    record Ruled(List<PixelLine> lines, List<TableGrid> tables) {
    }

    /** What a page is when its text has been sent to Tesseract. */
    private record Page(int number, double width, double height, double dpi, double skew, int ink, GrayImage clean,
                        List<Ruling> rulings, List<CellInk> cells, List<int[]> bands) {
    }

    /** A page whose text Tesseract is reading. Not thread-safe; one owner. */
    static final class Started implements AutoCloseable {
        private final PageContent done;
        private final Page page;
        private final CropStack.Pending text;
        private final Tesseract tesseract;
        private final long deadline;

        private Started(PageContent done) {
            this.done = done;
            this.page = null;
            this.text = null;
            this.tesseract = null;
            this.deadline = 0;
        }

        private Started(Page page, CropStack.Pending text, Tesseract tesseract, long deadline) {
            this.done = null;
            this.page = page;
            this.text = text;
            this.tesseract = tesseract;
            this.deadline = deadline;
        }

        /** Waits for the text, reads the numbers again, and gives the page. */
        PageContent finish() throws OcrFailure {
            if (done != null) {
                return done;
            }
            Page p = page;
            double scale = 72.0 / p.dpi();
            List<int[]> lineBoxes = text.lines();
            List<List<OcrWord>> read = text.finish(deadline);
            List<OcrWord> all = new ArrayList<>();
            read.forEach(all::addAll);
            WordGlyphs sizes = new WordGlyphs(all, scale);
            List<Glyph> glyphs = new ArrayList<>();
            List<List<Glyph>> byCell = new ArrayList<>(p.cells().size());
            for (int i = 0; i < p.cells().size(); i++) {
                byCell.add(sizes.glyphs(read.get(p.bands().size() + i)));
            }
            // the values of tables without rule lines are read in runs of their own: a run's readings depend on
            // the regions set beside each other, and those of the ruled cells are not to change with them
            List<CellInk> values = new ArrayList<>();
            List<List<Glyph>> byValue = new ArrayList<>();
            BandWords words = new BandWords(p.clean(), p.dpi(), sizes, glyphs, values, byValue);
            Map<Integer, List<OcrWord>> byLine = new HashMap<>();
            for (int i = 0; i < p.bands().size(); i++) {
                for (OcrWord w : read.get(i)) {
                    byLine.computeIfAbsent(w.line(), k -> new ArrayList<>()).add(w);
                }
            }
            for (int k = 0; k < lineBoxes.size(); k++) {
                if (text.owner(k) < p.bands().size()) {
                    words.add(lineBoxes.get(k), byLine.getOrDefault(k + 1, List.of()));
                }
            }
            ValueCellReader numbers = new ValueCellReader(p.clean(), p.ink(), p.dpi(), tesseract);
            glyphs.addAll(numbers.reread(p.cells(), byCell, sizes.typicalSize(), deadline));
            glyphs.addAll(numbers.reread(values, byValue, sizes.typicalSize(), deadline));
            return new PageContent(p.number(), p.width(), p.height(), glyphs, p.rulings(), 1,
                    new ScanGeometry(p.width(), p.height(), p.skew()));
        }

        @Override
        public void close() {
            if (text != null) {
                text.close();
            }
        }
    }

    /**
     * The lines without their doubles: a line lying beside a longer parallel one, closer than a character is high
     * ({@link #MIN_ROW}) and within its extent, is the same rule scanned twice (a blurred line's edge, the edge of
     * text touching it, a cell's own border inside a table's double rule) and would make a row too low for text. It
     * does not draw the grid, but is painted out with the others.
     */
    static List<PixelLine> doubled(List<PixelLine> lines, double dpi) {
        double close = MIN_ROW * dpi / 72;
        int tolerance = (int) Math.round(dpi / 72 * 2);
        List<PixelLine> out = new ArrayList<>(lines.size());
        for (PixelLine l : lines) {
            boolean twice = false;
            for (PixelLine o : lines) {
                if (o != l && o.horizontal() == l.horizontal() && Math.abs(o.position() - l.position()) < close
                        && (o.length() > l.length() || o.length() == l.length() && o.first() < l.first())
                        && o.start() <= l.start() + tolerance && o.end() >= l.end() - tolerance) {
                    twice = true;
                    break;
                }
            }
            if (!twice) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The lines that can be rules of a table: those that meet a line across (within a point), and very long ones.
     * Strokes of bold headings are long enough to pass for lines, but lie side by side, near a table's border, and
     * meet nothing.
     */
    static List<PixelLine> connected(List<PixelLine> lines, double dpi) {
        int tolerance = (int) Math.round(dpi / 72);
        double long2 = 2 * dpi;
        List<PixelLine> out = new ArrayList<>(lines.size());
        for (PixelLine l : lines) {
            int meets = 0;
            for (PixelLine o : lines) {
                if (o.horizontal() != l.horizontal() && meet(l, o, tolerance)) {
                    meets++;
                }
            }
            if (meets >= 1 || l.length() >= long2) {
                out.add(l);
            }
        }
        return out;
    }

    private static boolean meet(PixelLine a, PixelLine b, int tolerance) {
        return b.position() >= a.start() - tolerance && b.position() <= a.end() + tolerance
                && a.position() >= b.start() - tolerance && a.position() <= b.end() + tolerance;
    }

    private static List<Ruling> rulings(List<PixelLine> lines, double scale) {
        List<Ruling> out = new ArrayList<>(lines.size());
        for (PixelLine l : lines) {
            out.add(new Ruling(l.horizontal(), l.position() * scale, l.start() * scale, (l.end() + 1) * scale));
        }
        return out;
    }

    /**
     * The grids that are tables: at least an inch wide and a line high, at most a quarter of their rows too low
     * for a character, the median column wide enough for one. Strokes of large bold characters (a title's 二, 口,
     * 田) make grids of their own, of slivers.
     */
    static List<TableGrid> tables(List<TableGrid> grids) {
        List<TableGrid> out = new ArrayList<>();
        for (TableGrid g : grids) {
            if (g.right() - g.left() >= MIN_TABLE_WIDTH && g.bottom() - g.top() >= MIN_TABLE_HEIGHT
                    && slivers(g) * 4 <= g.rows() && medianColumn(g) >= MIN_CELL) {
                out.add(g);
            }
        }
        return out;
    }

    /** Rows too low to hold a character. */
    private static int slivers(TableGrid g) {
        int n = 0;
        for (int r = 0; r < g.rows(); r++) {
            if (g.rowBottom(r) - g.rowTop(r) < MIN_ROW) {
                n++;
            }
        }
        return n;
    }

    private static double medianColumn(TableGrid g) {
        double[] e = g.columnEdges();
        double[] w = new double[e.length - 1];
        for (int c = 0; c < w.length; c++) {
            w[c] = e[c + 1] - e[c];
        }
        java.util.Arrays.sort(w);
        return w[w.length / 2];
    }

    /**
     * The lines to paint out and give the layout: those of the tables, and long ones outside them (separators,
     * underlines); short ones outside tables are strokes of characters and stay.
     */
    private static List<PixelLine> tableLines(List<PixelLine> lines, List<TableGrid> grids, double scale) {
        List<PixelLine> out = new ArrayList<>(lines.size());
        double tolerance = GridFinder.INTERSECTION_TOLERANCE + 1;
        for (PixelLine l : lines) {
            double pos = l.position() * scale;
            double a = l.start() * scale;
            double b = (l.end() + 1) * scale;
            boolean inTable = false;
            for (TableGrid g : grids) {
                inTable |= l.horizontal()
                        ? pos >= g.top() - tolerance && pos <= g.bottom() + tolerance
                                && a >= g.left() - tolerance && b <= g.right() + tolerance
                        : pos >= g.left() - tolerance && pos <= g.right() + tolerance
                                && a >= g.top() - tolerance && b <= g.bottom() + tolerance;
            }
            if (inTable || b - a >= MIN_TABLE_WIDTH) {
                out.add(l);
            }
        }
        return out;
    }

    /**
     * The cells of every table that hold ink, with their ink boxes in pixels. A cell's inside starts just past the
     * rule lines painted out at its edges (digits often touch the rule on their left), or two points in from an
     * edge where no line was found.
     */
    private static List<CellInk> cells(List<TableGrid> grids, List<PixelLine> lines, GrayImage image, int ink,
                                       double dpi) {
        double px = dpi / 72;
        int inset = (int) Math.round(px * 2);
        int minPixels = (int) Math.max(8, 50 * (dpi / 300) * (dpi / 300));
        List<CellInk> out = new ArrayList<>();
        for (int t = 0; t < grids.size(); t++) {
            TableGrid g = grids.get(t);
            for (int r = 0; r < g.rows(); r++) {
                for (int c = 0; c < g.columns(); c++) {
                    if (!g.isOrigin(r, c)) {
                        continue;
                    }
                    int left = (int) Math.round(g.columnLeft(c) * px);
                    int right = (int) Math.round(g.columnLeft(g.lastColumnOf(r, c) + 1) * px);
                    int top = (int) Math.round(g.rowTop(r) * px);
                    int bottom = (int) Math.round(g.rowBottom(g.lastRowOf(r, c)) * px);
                    int x0 = past(lines, false, left, top, bottom, inset, true);
                    int x1 = past(lines, false, right, top, bottom, inset, false);
                    int y0 = past(lines, true, top, left, right, inset, true);
                    int y1 = past(lines, true, bottom, left, right, inset, false);
                    if (x1 - x0 < 4 || y1 - y0 < 4) {
                        continue;
                    }
                    int[] in = Remnants.trim(image, new int[] {x0, y0, x1, y1}, visible(ink), 2 * inset);
                    int[] box = Ink.box(image, in[0], in[1], in[2], in[3], ink, minPixels);
                    if (box != null) {
                        out.add(new CellInk(in, box, t, c));
                    }
                }
            }
        }
        return out;
    }

    /**
     * Where a cell's inside begins past its edge at {@code edge} (pixels): two pixels past the rule lines (of
     * {@code horizontal} orientation) painted out there along the middle of the cell's side {@code from..to}, at
     * most {@code inset} from the edge, {@code inset} when no such line is there. {@code after}: the inside lies
     * beyond the edge (left and top edges), else before it.
     */
    static int past(List<PixelLine> lines, boolean horizontal, int edge, int from, int to, int inset,
                    boolean after) {
        int quarter = (to - from) / 4;
        int best = Integer.MIN_VALUE;
        for (PixelLine l : lines) {
            if (l.horizontal() == horizontal && Math.abs(l.position() - edge) <= inset
                    && l.start() <= from + quarter && l.end() >= to - quarter) {
                int beyond = after ? l.last() + 2 - edge : edge - (l.first() - 2);
                best = Math.max(best, beyond);
            }
        }
        int by = best == Integer.MIN_VALUE ? inset : Math.max(0, Math.min(inset, best));
        return after ? edge + by : edge - by;
    }

    /**
     * The text outside the tables: the bands of the page above, between and below them (the whole page when there
     * is no table), each cut to its ink; bands without ink are left out.
     */
    private static List<int[]> bands(List<TableGrid> grids, GrayImage image, int ink, double dpi) {
        double px = dpi / 72;
        List<int[]> out = new ArrayList<>();
        int top = 0;
        int minPixels = (int) Math.max(8, 50 * (dpi / 300) * (dpi / 300));
        List<TableGrid> sorted = new ArrayList<>(grids);
        sorted.sort(java.util.Comparator.comparingDouble(TableGrid::top));
        for (TableGrid g : sorted) {
            int bottom = (int) Math.floor(g.top() * px) - 2;
            addBand(out, image, top, bottom, ink, minPixels);
            top = Math.max(top, (int) Math.ceil(g.bottom() * px) + 3);
        }
        addBand(out, image, top, image.height(), ink, minPixels);
        return out;
    }

    private static void addBand(List<int[]> out, GrayImage image, int top, int bottom, int ink, int minPixels) {
        if (bottom - top < 4) {
            return;
        }
        int[] box = Ink.box(image, 0, top, image.width(), bottom, ink, minPixels);
        if (box != null) {
            int m = 4;
            out.add(new int[] {Math.max(0, box[0] - m), Math.max(top, box[1] - m), Math.min(image.width(), box[2] + m),
                Math.min(bottom, box[3] + m)});
        }
    }

    /** Blank pixels between regions laid out for one run: about one line height. */
    static int gap(List<int[]> regions, int pad) {
        if (regions.isEmpty()) {
            return pad * 6;
        }
        int[] heights = regions.stream().mapToInt(r -> r[3] - r[1]).sorted().toArray();
        return Math.max(Math.max(8, pad * 6), heights[heights.length / 2]);
    }

    static long remaining(long deadline) throws OcrFailure {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new OcrFailure(OcrFailure.Kind.TIMEOUT, "OCR took longer than its time limit", null);
        }
        return left;
    }

    /**
     * A table cell that holds ink.
     *
     * @param inside the cell's inside, clear of its rule lines, in pixels {x0, y0, x1, y1}
     * @param ink    the box of its ink
     * @param table  index of its table on the page
     * @param column its first grid column
     */
    record CellInk(int[] inside, int[] ink, int table, int column) {

        /** The ink box grown by {@code pad} pixels, kept inside the cell and the image. */
        int[] padded(int pad, GrayImage image) {
            return new int[] {Math.max(Math.max(0, inside[0]), ink[0] - pad),
                Math.max(Math.max(0, inside[1]), ink[1] - pad),
                Math.min(Math.min(image.width(), inside[2]), ink[2] + pad),
                Math.min(Math.min(image.height(), inside[3]), ink[3] + pad)};
        }
    }
}
