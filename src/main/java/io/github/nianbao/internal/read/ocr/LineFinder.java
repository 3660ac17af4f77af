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

    /** Settings for an image of {@code dpi} dots per inch. */
    public LineFinder(double dpi) {
        this.minLength = (int) Math.round(dpi / 4);
        this.maxGap = Math.max(1, (int) Math.round(dpi / 100));
        this.pieceGap = Math.max(2, (int) Math.round(dpi / 25));
        this.maxThickness = Math.max(3, (int) Math.round(dpi / 12));
    }

    /** Every horizontal and vertical line of the image. */
    public List<PixelLine> find(GrayImage image, int inkThreshold) {
        List<PixelLine> out = new ArrayList<>(scan(image, inkThreshold, true));
        out.addAll(scan(image, inkThreshold, false));
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

    private List<PixelLine> scan(GrayImage image, int threshold, boolean horizontal) {
        int lanes = horizontal ? image.height() : image.width();
        int along = horizontal ? image.width() : image.height();
        List<PixelLine> done = new ArrayList<>();
        List<int[]> open = new ArrayList<>(); // {first, last, start, end, lastRunStart, lastRunEnd}
        boolean[] ink = new boolean[along];
        boolean[] grey = new boolean[along];
        boolean[] faint = new boolean[along];
        int light = (threshold + 255) / 2;
        int side = maxThickness / 2 + 1;
        for (int lane = 0; lane < lanes; lane++) {
            for (int i = 0; i < along; i++) {
                int v = horizontal ? image.get(i, lane) : image.get(lane, i);
                ink[i] = v < threshold;
                // grey a line may fade to: with paper on both sides (a faded line, not a character it runs into)
                grey[i] = v < light && paper(image, horizontal, i, lane - side, light)
                        && paper(image, horizontal, i, lane + side, light);
                // a faint line: grey with paper on one side at least (text may sit close on the other)
                faint[i] = v < light && (grey[i] || paper(image, horizontal, i, lane - side, light)
                        || paper(image, horizontal, i, lane + side, light));
            }
            List<int[]> next = new ArrayList<>();
            for (int[] run : withFaint(runs(ink), faint)) {
                extend(run, grey);
                int[] seg = findOverlap(open, run);
                if (seg == null) {
                    seg = new int[] {lane, lane, run[0], run[1], run[0], run[1]};
                } else {
                    open.remove(seg);
                    seg[1] = lane;
                    seg[2] = Math.min(seg[2], run[0]);
                    seg[3] = Math.max(seg[3], run[1]);
                    seg[4] = run[0];
                    seg[5] = run[1];
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
     * Runs of ink at least {@link #minLength} long, gaps up to {@link #maxGap} bridged, as {start, end}; a run that
     * long also bridges gaps up to {@link #pieceGap} to the next run, however short (scanned lines fade in places,
     * and the piece of a line across a narrow cell is short). Two short runs are never joined: strokes of
     * characters in neighbouring lines of text would make a line.
     */
    private List<int[]> runs(boolean[] ink) {
        List<int[]> raw = rawRuns(ink);
        List<int[]> out = new ArrayList<>();
        int[] cur = null;
        for (int[] r : raw) {
            if (cur != null && r[0] - cur[1] <= pieceGap
                    && Math.max(cur[1] - cur[0], r[1] - r[0]) + 1 >= minLength) {
                cur[1] = r[1];
                continue;
            }
            if (cur != null && cur[1] - cur[0] + 1 >= minLength) {
                out.add(cur);
            }
            cur = r;
        }
        if (cur != null && cur[1] - cur[0] + 1 >= minLength) {
            out.add(cur);
        }
        return out;
    }

    /**
     * The runs of ink, and runs of faint grey twice {@link #minLength} long where no ink run is: a hairline
     * scanned faint (blurred to light grey) never reaches the ink level, and no stroke of a character is that long
     * and that thin. Sorted by start.
     */
    private List<int[]> withFaint(List<int[]> inkRuns, boolean[] faint) {
        List<int[]> out = new ArrayList<>(inkRuns);
        for (int[] f : rawRuns(faint)) {
            if (f[1] - f[0] + 1 >= 2 * minLength && inkRuns.stream().noneMatch(r -> r[0] <= f[1] && f[0] <= r[1])) {
                out.add(f);
            }
        }
        out.sort(java.util.Comparator.comparingInt(r -> r[0]));
        return out;
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

    private static boolean paper(GrayImage image, boolean horizontal, int along, int lane, int light) {
        return (horizontal ? image.get(along, lane) : image.get(lane, along)) >= light;
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

    private void close(int[] seg, boolean horizontal, List<PixelLine> done) {
        if (seg[1] - seg[0] + 1 <= maxThickness) {
            done.add(new PixelLine(horizontal, seg[0], seg[1], seg[2], seg[3]));
        }
    }
}
