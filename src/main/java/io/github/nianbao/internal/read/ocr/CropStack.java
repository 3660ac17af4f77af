package io.github.nianbao.internal.read.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Many regions of one image read in one Tesseract run: the regions are cut out and laid out on blank sheets, blank
 * space between them, all sheets go to one run (the many line images of {@link Layout#LINES} to one run per
 * processor, at the same time), and each character or word read is given back to the region it fell on, in the
 * coordinates of the original image. Table cells read this way are read on their own (no
 * neighbouring cell's text runs into theirs), yet the program starts once.
 *
 * <p>Regions of one line go side by side in rows, sorted by height, or one above the other ({@link Layout});
 * regions of several lines always go one above the other on sheets of their own (lines of taller regions side by
 * side would be read as one); large regions (text outside tables) get a sheet each.
 */
public final class CropStack {

    /** Most pixels of one sheet; more regions go onto further sheets. */
    private static final long MAX_PIXELS = 12_000_000L;
    /** Widest row of regions of one line, in pixels. */
    private static final int MAX_ROW_WIDTH = 3000;
    /**
     * Fewest pixels of line images per Tesseract run: lines beyond that are read by further runs at the same time,
     * one per processor (a program start costs about as much as reading a few lines).
     */
    private static final long MIN_RUN_PIXELS = 1_000_000L;

    /** How regions of one line are laid out. */
    public enum Layout {
        /** Side by side in rows (for numbers: a lone digit is easily missed when it is a line of its own). */
        ROWS,
        /** One above the other (for labels: text of neighbouring regions on one line runs together). */
        COLUMN,
        /**
         * Every text line of every region an image of its own, for Tesseract's single-line mode ({@code --psm 7}):
         * no layout analysis, so a title in a larger font or a wrapped label is read as well as body text.
         */
        LINES
    }

    private CropStack() {
    }

    /**
     * Reads every region.
     *
     * @param image   the image
     * @param regions {x0, y0, x1, y1} per region (exclusive ends)
     * @param gap     blank pixels between regions
     * @return per region, the characters or words that fell on it, in original image coordinates
     */
    public static List<List<OcrWord>> read(GrayImage image, List<int[]> regions, int gap, Layout layout,
                                           Tesseract tesseract, OcrRequest request, long deadline)
            throws OcrFailure {
        try (Pending p = start(image, regions, gap, layout, tesseract, request)) {
            return p.finish(deadline);
        }
    }

    /**
     * Starts reading every region and returns at once ({@link Tesseract#start}), so that another reading can run
     * at the same time; {@link Pending#finish} gives the words back.
     */
    public static Pending start(GrayImage image, List<int[]> regions, int gap, Layout layout, Tesseract tesseract,
                                OcrRequest request) throws OcrFailure {
        List<GrayImage> images = new ArrayList<>();
        List<Sheet> sheets = List.of();
        List<int[]> lines = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        List<Integer> margins = new ArrayList<>();
        if (layout == Layout.LINES) {
            for (int i = 0; i < regions.size(); i++) {
                for (int[] l : TextLines.split(image, regions.get(i))) {
                    // blank around a line: half its height (a region's gap would be far too much for a page)
                    int margin = Math.max(4, Math.min(gap / 2, (l[3] - l[1]) / 2 + 2));
                    lines.add(l);
                    owner.add(i);
                    margins.add(margin);
                    GrayImage img = GrayImage.blank(l[2] - l[0] + 2 * margin, l[3] - l[1] + 2 * margin);
                    img.paste(image.crop(l[0], l[1], l[2], l[3]), margin, margin);
                    images.add(img);
                }
            }
        } else if (!regions.isEmpty()) {
            sheets = sheets(regions, gap, layout);
            for (Sheet sh : sheets) {
                images.add(sh.draw(image, regions));
            }
        }
        List<Tesseract.Run> runs = new ArrayList<>();
        try {
            for (List<GrayImage> part : parts(images, layout == Layout.LINES ? processors() : 1)) {
                runs.add(tesseract.start(part, request));
            }
        } catch (OcrFailure e) {
            runs.forEach(Tesseract.Run::close);
            throw e;
        }
        return new Pending(runs, regions, gap, sheets, lines, owner, margins);
    }

    private static int processors() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The images cut into at most {@code most} runs of consecutive images, of about equal pixels and no fewer than
     * {@link #MIN_RUN_PIXELS} each (one run when there are no images).
     */
    static List<List<GrayImage>> parts(List<GrayImage> images, int most) {
        long total = 0;
        for (GrayImage g : images) {
            total += (long) g.width() * g.height();
        }
        int n = (int) Math.max(1, Math.min(most, total / MIN_RUN_PIXELS));
        List<List<GrayImage>> out = new ArrayList<>(n);
        int from = 0;
        long done = 0;
        for (int k = 1; k <= n; k++) {
            int to = from;
            long goal = total * k / n;
            while (to < images.size() && (k == n || done < goal)) {
                GrayImage g = images.get(to++);
                done += (long) g.width() * g.height();
            }
            out.add(images.subList(from, to));
            from = to;
        }
        return out;
    }

    /** A reading under way. Not thread-safe; one owner. */
    public static final class Pending implements AutoCloseable {
        private final List<Tesseract.Run> runs;
        private final List<int[]> regions;
        private final int gap;
        private final List<Sheet> sheets;
        private final List<int[]> lines;
        private final List<Integer> owner;
        private final List<Integer> margins;

        private Pending(List<Tesseract.Run> runs, List<int[]> regions, int gap, List<Sheet> sheets, List<int[]> lines,
                        List<Integer> owner, List<Integer> margins) {
            this.runs = runs;
            this.regions = regions;
            this.gap = gap;
            this.sheets = sheets;
            this.lines = lines;
            this.owner = owner;
            this.margins = margins;
        }

        /**
         * The text lines read, {x0, y0, x1, y1} each, for {@link Layout#LINES}: a word's {@link OcrWord#line()} is
         * its line's index here plus one. Empty for the other layouts.
         */
        public List<int[]> lines() {
            List<int[]> out = new ArrayList<>(lines.size());
            lines.forEach(l -> out.add(l.clone()));
            return out;
        }

        /** For {@link Layout#LINES}: the index of the region the line at {@code index} of {@link #lines()} is in. */
        public int owner(int index) {
            return owner.get(index);
        }

        /** Waits (until {@code deadline}, a {@link System#nanoTime()} value) and gives each region its words. */
        public List<List<OcrWord>> finish(long deadline) throws OcrFailure {
            List<List<OcrWord>> out = new ArrayList<>(regions.size());
            for (int i = 0; i < regions.size(); i++) {
                out.add(new ArrayList<>());
            }
            List<List<OcrWord>> read = new ArrayList<>();
            for (Tesseract.Run run : runs) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    close();
                    throw new OcrFailure(OcrFailure.Kind.TIMEOUT, "OCR took longer than its time limit", null);
                }
                read.addAll(run.finish(left));
            }
            if (!lines.isEmpty()) {
                giveBackLines(read, out);
            } else {
                for (int i = 0; i < sheets.size() && i < read.size(); i++) {
                    sheets.get(i).giveBack(read.get(i), regions, gap, out);
                }
            }
            return out;
        }

        private void giveBackLines(List<List<OcrWord>> read, List<List<OcrWord>> out) {
            for (int k = 0; k < lines.size() && k < read.size(); k++) {
                int[] l = lines.get(k);
                int dx = l[0] - margins.get(k);
                int dy = l[1] - margins.get(k);
                for (OcrWord w : read.get(k)) {
                    // one image is one line: its words share one line number, and their boxes stay within the
                    // line's ink (the recogniser's boxes of Chinese characters often reach into the margin)
                    int y0 = Math.max(w.y0() + dy, l[1]);
                    int y1 = Math.max(y0 + 1, Math.min(w.y1() + dy, l[3]));
                    out.get(owner.get(k)).add(new OcrWord(w.text(), w.x0() + dx, y0, w.x1() + dx, y1,
                            w.confidence(), k + 1, w.symbols()));
                }
            }
        }

        @Override
        public void close() {
            runs.forEach(Tesseract.Run::close);
        }
    }

    /** Lays the regions out on sheets. */
    private static List<Sheet> sheets(List<int[]> regions, int gap, Layout layout) {
        int[] heights = regions.stream().mapToInt(r -> r[3] - r[1]).sorted().toArray();
        int tall = heights[heights.length / 2] * 3 / 2;
        List<Integer> single = new ArrayList<>();
        List<Integer> several = new ArrayList<>();
        List<Sheet> out = new ArrayList<>();
        for (int i = 0; i < regions.size(); i++) {
            int[] r = regions.get(i);
            int w = r[2] - r[0];
            int h = r[3] - r[1];
            if (w > MAX_ROW_WIDTH / 2 && h > 2 * tall) {
                Sheet s = new Sheet();
                s.add(i, gap, gap, w, h, gap);
                out.add(s);
            } else {
                (h > tall ? several : single).add(i);
            }
        }
        single.sort(Comparator.comparingInt(i -> regions.get(i)[3] - regions.get(i)[1]));
        out.addAll(layOut(single, regions, gap, layout == Layout.ROWS));
        out.addAll(layOut(several, regions, gap, false));
        return out;
    }

    private static List<Sheet> layOut(List<Integer> indexes, List<int[]> regions, int gap, boolean rows) {
        List<Sheet> out = new ArrayList<>();
        Sheet sheet = new Sheet();
        int rowTop = gap;
        int rowHeight = 0;
        int x = gap;
        for (int i : indexes) {
            int[] r = regions.get(i);
            int w = r[2] - r[0];
            int h = r[3] - r[1];
            if (x > gap && (!rows || x + w + gap > MAX_ROW_WIDTH)) {
                rowTop += rowHeight + gap;
                rowHeight = 0;
                x = gap;
            }
            long height = rowTop + Math.max(rowHeight, h) + gap;
            if (!sheet.isEmpty() && (long) Math.max(sheet.width, x + w + gap) * height > MAX_PIXELS) {
                out.add(sheet);
                sheet = new Sheet();
                rowTop = gap;
                rowHeight = 0;
                x = gap;
            }
            sheet.add(i, x, rowTop, w, h, gap);
            x += w + gap;
            rowHeight = Math.max(rowHeight, h);
        }
        if (!sheet.isEmpty()) {
            out.add(sheet);
        }
        return out;
    }

    /** One blank image and where the regions go on it. */
    private static final class Sheet {
        private int[] index = new int[16];
        private int[] xs = new int[16];
        private int[] ys = new int[16];
        private int n;
        private int width;
        private int height;

        boolean isEmpty() {
            return n == 0;
        }

        void add(int region, int x, int y, int w, int h, int gap) {
            if (n == index.length) {
                index = Arrays.copyOf(index, n * 2);
                xs = Arrays.copyOf(xs, n * 2);
                ys = Arrays.copyOf(ys, n * 2);
            }
            index[n] = region;
            xs[n] = x;
            ys[n] = y;
            n++;
            width = Math.max(width, x + w + gap);
            height = Math.max(height, y + h + gap);
        }

        GrayImage draw(GrayImage image, List<int[]> regions) {
            GrayImage sheet = GrayImage.blank(width, height);
            for (int k = 0; k < n; k++) {
                int[] r = regions.get(index[k]);
                sheet.paste(image.crop(r[0], r[1], r[2], r[3]), xs[k], ys[k]);
            }
            return sheet;
        }

        void giveBack(List<OcrWord> words, List<int[]> regions, int gap, List<List<OcrWord>> out) {
            for (OcrWord w : words) {
                int k = owner(w, regions, gap);
                if (k < 0) {
                    continue;
                }
                int[] r = regions.get(index[k]);
                int dx = r[0] - xs[k];
                int dy = r[1] - ys[k];
                out.get(index[k]).add(new OcrWord(w.text(), w.x0() + dx, w.y0() + dy, w.x1() + dx, w.y1() + dy,
                        w.confidence(), w.line(), w.symbols()));
            }
        }

        /**
         * The placed region nearest the word's centre, or -1 when none is near or the word also covers much of
         * another region. Up and down half a gap is allowed (boxes of Chinese characters are often too tall, their
         * centres hold); across the row half a gap for Chinese characters (their boxes may be shifted), a sixth of
         * a gap for anything else: the recogniser invents digits, quotes and stops in the blank between regions.
         */
        private int owner(OcrWord w, List<int[]> regions, int gap) {
            int found = -1;
            double nearest = Double.MAX_VALUE;
            int covered = 0;
            double half = gap / 2.0;
            double across = w.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN) ? half : gap / 6.0;
            for (int k = 0; k < n; k++) {
                int[] r = regions.get(index[k]);
                int x0 = xs[k];
                int x1 = x0 + r[2] - r[0];
                int y0 = ys[k];
                int y1 = y0 + r[3] - r[1];
                double dx = Math.max(0, Math.max(x0 - w.centerX(), w.centerX() - x1));
                double dy = Math.max(0, Math.max(y0 - w.centerY(), w.centerY() - y1));
                if (dx <= across && dy <= half && dx + dy < nearest) {
                    nearest = dx + dy;
                    found = k;
                }
                int overlap = Math.min(w.x1(), x1) - Math.max(w.x0(), x0);
                if (dy <= half && overlap > 0 && overlap * 2 > Math.min(x1 - x0, w.x1() - w.x0())) {
                    covered++;
                }
            }
            return covered > 1 ? -1 : found;
        }
    }
}
