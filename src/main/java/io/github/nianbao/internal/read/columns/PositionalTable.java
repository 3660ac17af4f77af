package io.github.nianbao.internal.read.columns;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes the lines of one table without rule lines (from {@link TableFinder}) as rows of cells that line up with
 * the header's columns. The table may change its columns part-way (section 二's sub-tables, each with its own
 * header line): every header starts a band with its own columns. A line with values becomes a row of label cells
 * and one cell per column ({@link ColumnAssigner}); a line of labels only becomes a row whose column cells are
 * empty; the header lines become the header's rows ({@link HeaderTree}). A table whose first lines come before any
 * header (the rest of a table from the previous page) uses the columns it is given. When the page's edge cuts the
 * table (a band whose text reaches the edge, or the rest of a cut table), every row of it ends with one cell for
 * the columns beyond the edge: not printed, not empty.
 */
public final class PositionalTable {

    /** Where the positions come from. */
    public enum Positions {
        /** Glyph positions of a PDF page: exact. */
        EXACT,
        /** Columns of space-aligned text: a word may be shifted by a few columns from line to line. */
        SPACED
    }

    /** How many columns the lines of one wrapped header cell may be shifted against each other in spaced text. */
    private static final double SPACED_REACH = 3;

    /** Whether the page's edge cut a table off (on the right), for the table's rest on the next page. */
    public enum Clip {
        NONE, RIGHT
    }

    /**
     * The rows written, the columns of the last band (for the table's rest on the next page), and how badly the
     * values line up with their columns.
     *
     * @param rows    the rows, top to bottom
     * @param columns the last band's columns
     * @param misfit  the mean distance from a value to its column's header text (0 where they overlap)
     * @param crowded how many values share a column with another value of their row (they got cells of their
     *                own, beyond the columns)
     * @param printed the last band's columns where its values were printed (the middle of their values; a
     *                column without values: its header), for refitting on a page laid out differently
     */
    public record Result(List<PositionalRow> rows, List<Column> columns, double misfit, int crowded,
                         List<Column> printed) {

        public Result {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            printed = List.copyOf(printed);
        }
    }

    /** This many lines without values between rows with values end the look-ahead for where values start. */
    private static final int HEADER_GAP = 3;
    /** How many anchor lines after a header decide where the values start. */
    private static final int LOOK_AHEAD = 5;

    private final List<WordLine> lines;
    private final double em;
    private final TableContext table;

    private PositionalTable(List<WordLine> lines, PageEdge edge, Positions positions) {
        this.lines = lines;
        this.em = TableFinder.em(lines, 0, lines.size() - 1);
        this.table = new TableContext(lines, em, edge, positions, positions == Positions.SPACED ? SPACED_REACH : 0);
    }

    /**
     * The rows of the table made of {@code lines}.
     *
     * @param inherited     columns for lines before any header (the table's part on the previous page), or empty
     * @param inheritedClip whether the page's edge cut off that table (its rest here is cut off too)
     * @param edge          the page's right edge, or null (text without pages)
     * @param positions     where the positions come from
     */
    public static Result build(List<WordLine> lines, List<Column> inherited, Clip inheritedClip, PageEdge edge,
                               Positions positions) {
        if (lines.isEmpty()) {
            return new Result(List.of(), inherited, 0, 0, inherited);
        }
        return new PositionalTable(lines, edge, positions).write(inherited, inheritedClip);
    }

    private Result write(List<Column> inherited, Clip inheritedClip) {
        List<Band> bands = bands();
        List<Column> previous = inherited;
        for (int b = 0; b < bands.size(); b++) {
            bands.get(b).resolve(previous, b == 0 ? inheritedClip : Clip.NONE);
            previous = bands.get(b).columns;
        }
        for (int b = bands.size() - 2; b >= 0; b--) { // label lines above the first header take its columns
            if (bands.get(b).columns.isEmpty()) {
                bands.get(b).columns = bands.get(b + 1).columns;
            }
        }
        List<PositionalRow> rows = new ArrayList<>();
        double gaps = 0;
        int values = 0;
        int crowded = 0;
        for (Band band : bands) {
            new BandRows(table, band).write(rows);
            for (int k = 0; k < band.valueWords.size(); k++) {
                crowded += crowded(band.assigned[k], band.valueWords.get(k));
                for (int w = 0; w < band.valueWords.get(k).size(); w++) {
                    if (band.assigned[k][w] < 0) {
                        continue;
                    }
                    Word word = band.valueWords.get(k).get(w);
                    Column c = band.columns.get(band.assigned[k][w]);
                    gaps += Math.max(0, -word.overlap(c.x0(), c.x1()));
                    values++;
                }
            }
        }
        Band last = bands.get(bands.size() - 1);
        return new Result(rows, last.columns, values == 0 ? 0 : gaps / values, crowded, last.printed());
    }

    /** How many values of a row are in a column that already has a value of that row. */
    private static int crowded(int[] columns, List<Word> words) {
        int n = 0;
        java.util.Set<Integer> used = new java.util.HashSet<>();
        for (int w = 0; w < columns.length; w++) {
            if (columns[w] >= 0 && words.get(w).isValue() && !used.add(columns[w])) {
                n++;
            }
        }
        return n;
    }

    /** Splits the lines into bands: each header (a run of header lines) starts one. */
    private List<Band> bands() {
        int n = lines.size();
        boolean[] anchor = new boolean[n];
        for (int i = 0; i < n; i++) {
            anchor[i] = lines.get(i).valueStart() >= 0;
        }
        List<Band> bands = new ArrayList<>();
        Band cur = new Band(table);
        bands.add(cur);
        int i = 0;
        while (i < n) {
            double left = valueLeftFrom(anchor, i);
            if (!anchor[i] && TableFinder.reachesValues(lines.get(i), left, em)
                    && !(hasValues(cur, anchor) && isStray(lines.get(i), left))) {
                int end = headerEnd(anchor, i, left);
                if (cur.headerFrom >= 0 || !cur.body.isEmpty()) {
                    cur = new Band(table);
                    bands.add(cur);
                }
                cur.headerFrom = i;
                cur.headerTo = end;
                cur.valueLeft = left;
                i = end;
                continue;
            }
            cur.body.add(i);
            i++;
        }
        return bands;
    }

    private static boolean hasValues(Band band, boolean[] anchor) {
        for (int i : band.body) {
            if (anchor[i]) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a line among rows with values holds, where the values are, single characters only: a value misread
     * (OCR reads a lone 1 as 工), not the header of another table, whose column labels are words.
     */
    private boolean isStray(WordLine line, double valueLeft) {
        boolean any = false;
        for (Word w : line.words()) {
            if (w.x0() >= valueLeft - em || w.centerX() >= valueLeft - em) {
                if (w.text().codePointCount(0, w.text().length()) > 1) {
                    return false;
                }
                any = true;
            }
        }
        return any;
    }

    /** End of the header starting at {@code i}: header lines, and label lines followed closely by header lines. */
    private int headerEnd(boolean[] anchor, int i, double left) {
        int end = i + 1;
        int j = i + 1;
        while (j < lines.size() && !anchor[j]) {
            if (TableFinder.reachesValues(lines.get(j), left, em)) {
                end = j + 1;
            } else if (j - end >= 1) {
                break;
            }
            j++;
        }
        return end;
    }

    /**
     * Where the values of the next few rows with values (at or after line {@code i}) start: the leftmost of their
     * first values, up to a run of {@link #HEADER_GAP} lines without values (the header of another table).
     */
    private double valueLeftFrom(boolean[] anchor, int i) {
        double left = Double.MAX_VALUE;
        int seen = 0;
        int without = 0;
        for (int j = i; j < lines.size() && seen < LOOK_AHEAD; j++) {
            if (!anchor[j]) {
                if (seen > 0 && ++without >= HEADER_GAP) {
                    break;
                }
                continue;
            }
            without = 0;
            WordLine l = lines.get(j);
            left = Math.min(left, l.words().get(l.valueStart()).x0());
            seen++;
        }
        return left;
    }
}
