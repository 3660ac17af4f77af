package io.github.nianbao.internal.read.columns;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the lines that form tables without rule lines (无框表格): a table holds rows with values (a number or
 * zero mark after a label or beside other values), the header lines right above its first such row (lines with a
 * word where the values start or further right, and the label lines between them), the lines between its rows,
 * and the label and header lines right after its last row, no further apart than its lines are (rows whose cells
 * are all empty, and parts of the table that have no values). A line of prose across the text
 * width, or a one-word heading set off in bold or a larger size, ends a table. Knows nothing of labels.
 */
public final class TableFinder {

    /** A line this wide (share of the widest line) with one word is prose. */
    private static final double PROSE_WIDTH = 0.8;
    /** How many rows with values below a header tell how wide the table's values are. */
    private static final int HEADER_ROWS = 5;
    /** How many lines a header may have. */
    private static final int MAX_HEADER_LINES = 12;

    private TableFinder() {
    }

    /** The tables among {@code lines} (in reading order), as index ranges {@code [start, end)}. */
    public static List<int[]> find(List<WordLine> lines) {
        List<int[]> out = new ArrayList<>();
        double width = textWidth(lines);
        int i = 0;
        while (i < lines.size()) {
            int end = i;
            while (end < lines.size() && !isBreak(lines.get(end), width)) {
                end++;
            }
            if (end > i) {
                table(lines, i, end, out);
            }
            i = end + 1;
        }
        return out;
    }

    /** Whether a line is a row with values: it ends with values, after a label or more than one. */
    public static boolean isValueRow(WordLine line) {
        return line.hasValuesAfterLabel();
    }

    /** A table inside the run {@code [from, to)} of lines without breaks: anchored at its rows with values. */
    private static void table(List<WordLine> lines, int from, int to, List<int[]> out) {
        int first = -1;
        int last = -1;
        int rows = 0;
        int mostValues = 0;
        for (int i = from; i < to; i++) {
            if (isValueRow(lines.get(i))) {
                first = first < 0 ? i : first;
                last = i;
                rows++;
                mostValues = Math.max(mostValues, valueCount(lines.get(i)));
            }
        }
        if (first < 0 || rows < 2 && mostValues < 3) {
            return;
        }
        double valueLeft = valueLeft(lines, first, last);
        int near = nthValueRow(lines, first, last, HEADER_ROWS);
        double span = valueRight(lines, first, near) - valueLeft(lines, first, near);
        double em = em(lines, first, last);
        int start = first;
        while (start > from && first - start < MAX_HEADER_LINES
                && isHeaderAbove(lines, start - 1, valueLeft, widest(span, em), em)) {
            start--;
        }
        int end = last + 1;
        double step = Math.max(medianStep(lines, start, end), largestStep(lines, start, end) / 1.5);
        while (end < to && lines.get(end).top() - lines.get(end - 1).top() <= 1.5 * step
                && (isLabelOnly(lines.get(end), valueLeft, em) || !isWideText(lines.get(end), widest(span, em))
                        && reachesValues(lines.get(end), valueLeft, em))) {
            end++;
        }
        out.add(new int[] {start, end});
    }

    /**
     * Whether line {@code i} belongs to the header above the table: it has a word where the values start or to the
     * right, or it holds labels only and the line above it does. A line of one word wider than the table's values
     * (and than twelve ems) is prose, not a header.
     */
    private static boolean isHeaderAbove(List<WordLine> lines, int i, double valueLeft, double widest, double em) {
        if (isWideText(lines.get(i), widest)) {
            return false;
        }
        if (reachesValues(lines.get(i), valueLeft, em)) {
            return true;
        }
        return i > 0 && isLabelOnly(lines.get(i), valueLeft, em) && !isWideText(lines.get(i - 1), widest)
                && reachesValues(lines.get(i - 1), valueLeft, em);
    }

    /** A header line of one word is at most as wide as the values below it, or twelve ems. */
    private static double widest(double span, double em) {
        return Math.max(span, 12 * em);
    }

    private static boolean isWideText(WordLine line, double widest) {
        return line.words().size() == 1 && line.words().get(0).width() > widest;
    }

    /**
     * Whether the line has text over the values: a word that starts, or has its middle, where the values start or
     * further right. A numbered word ({@code 四、…}) is a label or heading, not a column's header.
     */
    public static boolean reachesValues(WordLine line, double valueLeft, double em) {
        for (Word w : line.words()) {
            if ((w.x0() >= valueLeft - em || w.centerX() >= valueLeft - em) && !Values.isNumbered(w.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLabelOnly(WordLine line, double valueLeft, double em) {
        return !reachesValues(line, valueLeft, em) && !isValueRow(line);
    }

    /** A line of prose (one word across most of the text width) or a one-word heading in a heading face. */
    private static boolean isBreak(WordLine line, double width) {
        if (line.words().size() != 1 || line.words().get(0).isValue()) {
            return false;
        }
        return line.style() == WordLine.Style.EMPHASISED || line.words().get(0).width() >= PROSE_WIDTH * width;
    }

    private static double textWidth(List<WordLine> lines) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        for (WordLine l : lines) {
            left = Math.min(left, l.left());
            right = Math.max(right, l.right());
        }
        return right - left;
    }

    private static int valueCount(WordLine line) {
        int n = 0;
        for (Word w : line.words()) {
            n += w.isValue() ? 1 : 0;
        }
        return n;
    }

    /** Left edge of the leftmost value of the rows with values (values in label position excluded). */
    static double valueLeft(List<WordLine> lines, int first, int last) {
        double left = Double.MAX_VALUE;
        for (int i = first; i <= last; i++) {
            WordLine l = lines.get(i);
            int v = l.valueStart();
            if (v >= 0) {
                left = Math.min(left, l.words().get(v).x0());
            }
        }
        return left;
    }

    /** Index of the {@code n}th row with values from {@code first} on (at most {@code last}). */
    private static int nthValueRow(List<WordLine> lines, int first, int last, int n) {
        int seen = 0;
        for (int i = first; i <= last; i++) {
            if (lines.get(i).valueStart() >= 0 && ++seen == n) {
                return i;
            }
        }
        return last;
    }

    /** Right edge of the rightmost value of the rows with values. */
    static double valueRight(List<WordLine> lines, int first, int last) {
        double right = -Double.MAX_VALUE;
        for (int i = first; i <= last; i++) {
            WordLine l = lines.get(i);
            if (l.valueStart() >= 0) {
                right = Math.max(right, l.right());
            }
        }
        return right;
    }

    /** The typical line height of the rows with values. */
    static double em(List<WordLine> lines, int first, int last) {
        List<Double> h = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            if (isValueRow(lines.get(i))) {
                h.add(lines.get(i).height());
            }
        }
        h.sort(null);
        return h.isEmpty() ? 1 : h.get(h.size() / 2);
    }

    /** The largest distance between the tops of consecutive lines (a row's height with its padding). */
    static double largestStep(List<WordLine> lines, int from, int to) {
        double d = 0;
        for (int i = from + 1; i < to; i++) {
            d = Math.max(d, lines.get(i).top() - lines.get(i - 1).top());
        }
        return d;
    }

    /** The median distance between the tops of consecutive lines. */
    static double medianStep(List<WordLine> lines, int from, int to) {
        List<Double> d = new ArrayList<>();
        for (int i = from + 1; i < to; i++) {
            d.add(lines.get(i).top() - lines.get(i - 1).top());
        }
        d.sort(null);
        return d.isEmpty() ? Double.MAX_VALUE : d.get(d.size() / 2);
    }
}
