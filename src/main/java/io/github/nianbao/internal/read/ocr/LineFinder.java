package io.github.nianbao.internal.read.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds table rule lines (表格线) in a level page image: long runs of ink along rows (horizontal lines) or columns
 * (vertical lines), small gaps bridged, stacked runs of neighbouring rows joined into one line of some thickness.
 * Runs shorter than a quarter inch are text strokes; stacks thicker than a twelfth of an inch are filled areas
 * or text. A run found in ink is followed on through lighter grey (halfway to white) with paper on both sides,
 * where a thin scanned line fades (but not into a character it meets).
 */
public final class LineFinder {

    private final int minLength;
    private final int maxGap;
    private final int pieceGap;
    private final int maxThickness;
    /** How far beyond a faint line paper is looked for: a point, the width of a blurred hairline. */
    private final int near;
    /** Share of a faint run's pixels that must be faint (the rest: lines across, noise, a character touching). */
    private static final double FAINT_SHARE = 0.75;
    /**
     * Share of a faint run's pixels that must have paper on both sides: text sits beside a line in places, but the
     * edge of a line of blurred text has its characters on one side all along.
     */
    private static final double CLEAR_SHARE = 0.35;

    /** Settings for an image of {@code dpi} dots per inch. */
    public LineFinder(double dpi) {
        this.minLength = (int) Math.round(dpi / 4);
        this.maxGap = Math.max(1, (int) Math.round(dpi / 100));
        this.pieceGap = Math.max(2, (int) Math.round(dpi / 25));
        this.maxThickness = Math.max(3, (int) Math.round(dpi / 12));
        this.near = Math.max(2, (int) Math.round(dpi / 72));
    }

    /** Every horizontal and vertical line of the image. */
    public List<PixelLine> find(GrayImage image, int inkThreshold) {
        List<PixelLine> out = new ArrayList<>(scan(image, inkThreshold, true));
        // vertical lines are the horizontal lines of the image turned about its diagonal
        out.addAll(scan(image.transposed(), inkThreshold, false));
        return out;
    }

    /** {@code image} with the lines painted white (a pixel of margin on each side): changes {@code image}. */
    public static GrayImage erase(GrayImage image, List<PixelLine> lines) {
        GrayImage out = image;
        for (PixelLine l : lines) {
            if (l.horizontal()) {
                out.fill(l.start() - 1, l.first() - 1, l.end() + 2, l.last() + 2, 255);
            } else {
                out.fill(l.first() - 1, l.start() - 1, l.last() + 2, l.end() + 2, 255);
            }
        }
        return out;
    }

    /** The lines along the rows of {@code image} (each row a lane), reported as {@code horizontal} ones. */
    private List<PixelLine> scan(GrayImage image, int threshold, boolean horizontal) {
        int lanes = image.height();
        int along = image.width();
        List<PixelLine> done = new ArrayList<>();
        // {first, last, start, end, lastRunStart, lastRunEnd, first core lane, last core lane (-1: none yet)}
        List<int[]> open = new ArrayList<>();
        Lane lane = new Lane(along);
        int light = (threshold + 255) / 2;
        int side = maxThickness / 2 + 1;
        Rows rows = new Rows(image, 2 * side + 4);
        for (int y = 0; y < lanes; y++) {
            lane.read(new int[][] {rows.get(y), rows.get(y - 1), rows.get(y + 1), rows.get(y - 1 - near),
                rows.get(y + 1 + near), rows.get(y - side), rows.get(y + side)}, threshold, light);
            List<int[]> next = new ArrayList<>();
            for (int[] run : union(runs(lane.ink), faintRuns(lane.faint, lane.dark, lane.grey))) {
                extend(run, lane.grey);
                // a lane dark only through its neighbours is beside the line, not on it
                boolean core = 2 * count(lane.own, run[0], run[1]) >= run[1] - run[0] + 1;
                int[] seg = findOverlap(open, run);
                if (seg == null) {
                    seg = new int[] {y, y, run[0], run[1], run[0], run[1], core ? y : -1, core ? y : -1};
                } else {
                    open.remove(seg);
                    seg[1] = y;
                    seg[2] = Math.min(seg[2], run[0]);
                    seg[3] = Math.max(seg[3], run[1]);
                    seg[4] = run[0];
                    seg[5] = run[1];
                    if (core) {
                        seg[6] = seg[6] < 0 ? y : seg[6];
                        seg[7] = y;
                    }
                }
                next.add(seg);
            }
            for (int[] seg : open) {
                close(seg, horizontal, done);
            }
            open = next;
        }
        for (int[] seg : open) {
            close(seg, horizontal, done);
        }
        return done;
    }

    /**
     * What each pixel of one lane is. A thin line scanned at a slant, or turned back by a little too much or too
     * little, wanders up and down a row, so the grey tests take the darkest of the lane and its neighbours.
     */
    private static final class Lane {
        final boolean[] ink;
        /** This lane's own pixel (not a neighbour's) darker than halfway from the ink level to white. */
        final boolean[] own;
        /** Darker than halfway from the ink level to white, here or just above or below. */
        final boolean[] dark;
        /** Dark, with paper on both sides: a line fading, not a character it runs into. */
        final boolean[] grey;
        /**
         * Dark, and clear on one side at least (paper just beyond the line and further out): text may sit close to
         * a faint line on its other side. A row through blurred text has ink close by on both sides.
         */
        final boolean[] faint;

        Lane(int along) {
            ink = new boolean[along];
            own = new boolean[along];
            dark = new boolean[along];
            grey = new boolean[along];
            faint = new boolean[along];
        }

        /** Reads a lane from its rows: {lane, above, below, near above, near below, far above, far below}. */
        void read(int[][] rows, int threshold, int light) {
            int[] row = rows[0];
            int[] above = rows[1];
            int[] below = rows[2];
            int[] nearUp = rows[3];
            int[] nearDown = rows[4];
            int[] farUp = rows[5];
            int[] farDown = rows[6];
            for (int i = 0; i < row.length; i++) {
                ink[i] = row[i] < threshold;
                own[i] = row[i] < light;
                dark[i] = Math.min(row[i], Math.min(above[i], below[i])) < light;
                boolean up = farUp[i] >= light;
                boolean down = farDown[i] >= light;
                grey[i] = dark[i] && up && down;
                faint[i] = dark[i] && (up && nearUp[i] >= light || down && nearDown[i] >= light);
            }
        }
    }

    /** A few rows of an image at a time, read once each (the lanes look at rows a little above and below). */
    private static final class Rows {
        private final GrayImage image;
        private final int[][] ring;
        private final int[] held;

        Rows(GrayImage image, int size) {
            this.image = image;
            this.ring = new int[size][image.width()];
            this.held = new int[size];
            java.util.Arrays.fill(held, Integer.MIN_VALUE);
        }

        int[] get(int y) {
            int slot = Math.floorMod(y, ring.length);
            if (held[slot] != y) {
                image.row(y, ring[slot]);
                held[slot] = y;
            }
            return ring[slot];
        }
    }

    /**
     * Runs of faint grey at least twice {@link #minLength} long: a hairline scanned faint (blurred to light grey)
     * never reaches the ink level, and no stroke of a character is that long and that thin; over a third of it
     * (CLEAR_SHARE) clear on both sides, which the edge of a line of text is not. A run goes on across
     * up to {@link #maxThickness} dark pixels without paper on either side (a line across it, a character touching
     * it from both sides), and across gaps of paper up to {@link #maxGap}.
     */
    private List<int[]> faintRuns(boolean[] faint, boolean[] dark, boolean[] grey) {
        List<int[]> out = new ArrayList<>();
        int n = faint.length;
        int i = 0;
        while (i < n) {
            if (!faint[i]) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int lastDark = i;
            int j = i + 1;
            while (j < n && j - end <= maxThickness) {
                if (faint[j]) {
                    end = j;
                    lastDark = j;
                } else if (dark[j]) {
                    lastDark = j;
                } else if (j - lastDark > maxGap) {
                    break;
                }
                j++;
            }
            int length = end - start + 1;
            if (length >= 2 * minLength && count(faint, start, end) >= FAINT_SHARE * length
                    && count(grey, start, end) >= CLEAR_SHARE * length) {
                out.add(new int[] {start, end});
            }
            i = end + 1;
        }
        return out;
    }

    private static int count(boolean[] flags, int from, int to) {
        int n = 0;
        for (int i = from; i <= to; i++) {
            if (flags[i]) {
                n++;
            }
        }
        return n;
    }

    /** Two lists of runs sorted by start, as one: runs that overlap or nearly touch become one. */
    private List<int[]> union(List<int[]> a, List<int[]> b) {
        List<int[]> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        all.sort(java.util.Comparator.comparingInt(r -> r[0]));
        List<int[]> out = new ArrayList<>(all.size());
        for (int[] r : all) {
            int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] <= last[1] + maxGap) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                out.add(new int[] {r[0], r[1]});
            }
        }
        return out;
    }

    /**
     * Runs of ink at least {@link #minLength} long, gaps up to {@link #maxGap} bridged, as {start, end}; a run that
     * long also bridges gaps up to {@link #pieceGap} to the next run, however short (scanned lines fade in places,
     * and the piece of a line across a narrow cell is short). Two short runs are never joined: strokes of
     * characters in neighbouring lines of text would make a line.
     */
    private List<int[]> runs(boolean[] ink) {
        List<int[]> raw = rawRuns(ink);
        List<int[]> out = new ArrayList<>();
        List<int[]> pieces = new ArrayList<>();
        int[] cur = null;
        for (int[] r : raw) {
            if (cur != null && r[0] - cur[1] <= pieceGap
                    && Math.max(cur[1] - cur[0], r[1] - r[0]) + 1 >= minLength) {
                cur[1] = r[1];
                pieces.add(r);
                continue;
            }
            if (cur != null && cur[1] - cur[0] + 1 >= minLength) {
                out.add(trimmed(cur, pieces));
            }
            cur = r.clone();
            pieces = new ArrayList<>();
            pieces.add(r);
        }
        if (cur != null && cur[1] - cur[0] + 1 >= minLength) {
            out.add(trimmed(cur, pieces));
        }
        return out;
    }

    /**
     * A joined run without short pieces at its ends: a rule line ends where it meets the line across, and the
     * stroke of a character just beyond it (in a cell the rule does not divide) is not its continuation.
     */
    private int[] trimmed(int[] run, List<int[]> pieces) {
        int first = 0;
        int last = pieces.size() - 1;
        while (last > first && isShort(pieces.get(last))) {
            last--;
        }
        while (first < last && isShort(pieces.get(first))) {
            first++;
        }
        int start = pieces.get(first)[0];
        int end = pieces.get(last)[1];
        return end - start + 1 >= minLength ? new int[] {start, end} : run;
    }

    private boolean isShort(int[] piece) {
        return piece[1] - piece[0] + 1 < minLength / 2;
    }

    /** Runs of ink with gaps up to {@link #maxGap} bridged, at least a tenth of {@link #minLength} long. */
    private List<int[]> rawRuns(boolean[] ink) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = ink.length;
        while (i < n) {
            if (!ink[i]) {
                i++;
                continue;
            }
            int start = i;
            int end = i;
            int j = i + 1;
            while (j < n) {
                if (ink[j]) {
                    end = j;
                    j++;
                } else if (j - end <= maxGap) {
                    j++;
                } else {
                    break;
                }
            }
            if (end - start + 1 >= minLength / 10) {
                out.add(new int[] {start, end});
            }
            i = j;
        }
        return out;
    }

    /** Follows a run on through grey pixels at both ends (gaps up to {@link #maxGap} bridged). */
    private void extend(int[] run, boolean[] grey) {
        int end = run[1];
        int j = end + 1;
        while (j < grey.length && j - end <= maxGap + 1) {
            if (grey[j]) {
                end = j;
            }
            j++;
        }
        run[1] = end;
        int start = run[0];
        j = start - 1;
        while (j >= 0 && start - j <= maxGap + 1) {
            if (grey[j]) {
                start = j;
            }
            j--;
        }
        run[0] = start;
    }

    private static int[] findOverlap(List<int[]> open, int[] run) {
        for (int[] seg : open) {
            if (run[0] <= seg[5] && seg[4] <= run[1]) {
                return seg;
            }
        }
        return null;
    }

    /**
     * Keeps a stack of runs as a line when the lanes on it (not those dark only through a neighbour) are few
     * enough. The line covers those lanes and one more on each side (its blurred edges: painting it out must leave
     * no grey), not the whole stack, which reaches into a character touching the line.
     */
    private void close(int[] seg, boolean horizontal, List<PixelLine> done) {
        int first = seg[6] >= 0 ? seg[6] : seg[0];
        int last = seg[6] >= 0 ? seg[7] : seg[1];
        if (last - first + 1 <= maxThickness) {
            done.add(new PixelLine(horizontal, Math.max(seg[0], first - 1), Math.min(seg[1], last + 1), seg[2],
                    seg[3]));
        }
    }
}
