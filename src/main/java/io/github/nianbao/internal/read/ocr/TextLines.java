package io.github.nianbao.internal.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a region of a page into its text lines: bands of rows holding ink, separated by rows with (almost) none
 * (the horizontal projection profile), each cut to its own ink across. A band several lines high whose lines do
 * not line up across it (a table without rule lines whose labels wrap beside one-line numbers) is cut at the blank
 * columns running down it, at least a character wide (or, when there is none, at least two fifths of one: the
 * columns of a header of several lines), and each part is split again (a recursive X-Y cut); a value set close after
 * a wrapped label's first line is split off it. A long
 * band more than three quarters ink is a filled bar, not text, and is left out.
 */
final class TextLines {

    private static final int INK = GrayImage.WHITENED_INK;

    private TextLines() {
    }

    /** Most times a band is cut down and across again. */
    private static final int MAX_DEPTH = 4;
    /** A band this many typical line heights high holds several lines. */
    private static final double TALL = 1.7;
    /** Narrowest blank column that separates two columns of text, in typical line heights (about an em). */
    private static final double COLUMN_GAP = 1.0;
    /** Narrowest blank column between columns of a band that has none an em wide (a header's columns). */
    private static final double NARROW_GAP = 0.4;
    /** Blank column, in line heights, before a value set close after a wrapped label ({@link #peeled}). */
    private static final double PEEL_GAP = 0.1;
    /** Widest and highest such value, in line heights. */
    private static final double PEEL_WIDTH = 1.5;
    private static final double PEEL_HEIGHT = 1.3;

    /** The lines of {x0, y0, x1, y1}, top to bottom; the whole region when it has no blank row. */
    static List<int[]> split(GrayImage image, int[] region) {
        List<int[]> bands = rows(image, region);
        int typical = typicalHeight(bands);
        List<int[]> out = new ArrayList<>();
        for (int[] b : bands) {
            addLines(image, b, typical, 0, out);
        }
        return out;
    }

    /** The lines of one band: the band itself, or, when it is several lines high, the lines of its columns. */
    private static void addLines(GrayImage image, int[] band, int typical, int depth, List<int[]> out) {
        if (depth >= MAX_DEPTH || typical <= 0 || band[3] - band[1] <= TALL * typical) {
            out.add(band);
            return;
        }
        List<int[]> columns = columns(image, band, (int) Math.ceil(COLUMN_GAP * typical));
        if (columns.size() < 2) {
            // a table's header of several lines: its columns are closer than an em
            columns = columns(image, band, (int) Math.ceil(NARROW_GAP * typical));
        }
        if (columns.size() < 2) {
            columns = peeled(image, band, typical);
        }
        if (columns.size() < 2) {
            out.add(band);
            return;
        }
        for (int[] c : columns) {
            for (int[] b : rows(image, c)) {
                addLines(image, b, typical, depth + 1, out);
            }
        }
    }

    /**
     * A wrapped label with a value set close after its first line (the label fills its column): the value stands
     * between the label's lines, so no blank row runs across, and is too close for a blank column of two fifths of
     * an em. The band's last piece of ink after a blank column a tenth of an em wide, when it is one line high and
     * at most a digit or two wide, is split off if the rest then falls into lines; else nothing.
     */
    private static List<int[]> peeled(GrayImage image, int[] band, int typical) {
        List<int[]> parts = columns(image, band, Math.max(1, (int) Math.round(PEEL_GAP * typical)));
        if (parts.size() < 2) {
            return List.of();
        }
        int[] last = parts.get(parts.size() - 1);
        List<int[]> lastRows = rows(image, last);
        if (last[2] - last[0] > PEEL_WIDTH * typical || lastRows.size() != 1
                || lastRows.get(0)[3] - lastRows.get(0)[1] > PEEL_HEIGHT * typical) {
            return List.of();
        }
        int[] rest = {band[0], band[1], parts.get(parts.size() - 2)[2], band[3]};
        if (rows(image, rest).size() < 2) {
            return List.of();
        }
        return List.of(rest, last);
    }

    /**
     * The typical height of one line: the lower third of the bands' heights (most bands are one line; those of
     * several lines are the taller ones).
     */
    static int typicalHeight(List<int[]> bands) {
        if (bands.isEmpty()) {
            return 0;
        }
        int[] heights = bands.stream().mapToInt(b -> b[3] - b[1]).sorted().toArray();
        return heights[(heights.length - 1) / 3];
    }

    /** The parts of a band between blank columns at least {@code minGap} wide, each cut to its ink down. */
    private static List<int[]> columns(GrayImage image, int[] band, int minGap) {
        int need = Math.max(1, (band[3] - band[1]) / 100);
        List<int[]> out = new ArrayList<>();
        int start = -1;
        int lastInk = -1;
        for (int x = band[0]; x <= band[2]; x++) {
            boolean ink = x < band[2] && columnHasInk(image, x, band[1], band[3], need);
            if (ink) {
                if (start >= 0 && x - lastInk - 1 >= minGap) {
                    out.add(new int[] {start, band[1], lastInk + 1, band[3]});
                    start = -1;
                }
                if (start < 0) {
                    start = x;
                }
                lastInk = x;
            }
        }
        if (start >= 0) {
            out.add(new int[] {start, band[1], lastInk + 1, band[3]});
        }
        return out;
    }

    private static boolean columnHasInk(GrayImage image, int x, int y0, int y1, int need) {
        int n = 0;
        for (int y = y0; y < y1; y++) {
            if (image.get(x, y) < INK && ++n >= need) {
                return true;
            }
        }
        return false;
    }

    /** The bands of rows holding ink, each cut to its ink across; thin ones joined, filled bars left out. */
    private static List<int[]> rows(GrayImage image, int[] region) {
        int x0 = Math.max(0, region[0]);
        int x1 = Math.min(image.width(), region[2]);
        int y0 = Math.max(0, region[1]);
        int y1 = Math.min(image.height(), region[3]);
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int y = y0; y <= y1; y++) {
            boolean ink = y < y1 && rowHasInk(image, x0, x1, y);
            if (ink && start < 0) {
                start = y;
            } else if (!ink && start >= 0) {
                out.add(cut(image, x0, x1, start, y));
                start = -1;
            }
        }
        if (out.isEmpty()) {
            out.add(new int[] {x0, y0, x1, y1});
        }
        List<int[]> lines = merge(out);
        lines.removeIf(l -> isFilled(image, l));
        return lines;
    }

    private static boolean isFilled(GrayImage image, int[] l) {
        long ink = 0;
        for (int y = l[1]; y < l[3]; y++) {
            for (int x = l[0]; x < l[2]; x++) {
                if (image.get(x, y) < INK) {
                    ink++;
                }
            }
        }
        long area = (long) (l[2] - l[0]) * (l[3] - l[1]);
        return l[2] - l[0] > 3 * (l[3] - l[1]) && ink * 4 > area * 3;
    }

    /** Whether a row holds ink: a few dark pixels at least, so that scanner speckle does not join the lines. */
    private static boolean rowHasInk(GrayImage image, int x0, int x1, int y) {
        int need = Math.max(1, (x1 - x0) / 300);
        int n = 0;
        for (int x = x0; x < x1; x++) {
            if (image.get(x, y) < INK && ++n >= need) {
                return true;
            }
        }
        return false;
    }

    /** A band cut to its ink across. */
    private static int[] cut(GrayImage image, int x0, int x1, int y0, int y1) {
        int left = x1;
        int right = x0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (image.get(x, y) < INK) {
                    left = Math.min(left, x);
                    right = Math.max(right, x + 1);
                }
            }
        }
        return new int[] {left, y0, Math.max(left + 1, right), y1};
    }

    /**
     * Bands too thin to be a line of their own (a dot, an underline, the top of a character split off by a blank
     * row) join their nearest neighbour.
     */
    private static List<int[]> merge(List<int[]> bands) {
        if (bands.size() < 2) {
            return bands;
        }
        int[] heights = bands.stream().mapToInt(b -> b[3] - b[1]).sorted().toArray();
        int typical = heights[heights.length - 1 - (heights.length - 1) / 3];
        List<int[]> out = new ArrayList<>();
        for (int[] b : bands) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean thin = b[3] - b[1] < typical / 3;
            boolean lastThin = last != null && last[3] - last[1] < typical / 3;
            if (last != null && (thin || lastThin) && b[1] - last[3] < typical / 2) {
                last[0] = Math.min(last[0], b[0]);
                last[2] = Math.max(last[2], b[2]);
                last[3] = b[3];
            } else {
                out.add(b.clone());
            }
        }
        return out;
    }
}
