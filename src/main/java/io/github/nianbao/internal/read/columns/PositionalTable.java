package io.github.nianbao.internal.read.columns;

import io.github.nianbao.internal.read.columns.PositionalCell.Role;
import io.github.nianbao.internal.read.columns.PositionalRow.Kind;
import io.github.nianbao.model.Box;
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
    private final PageEdge edge;
    private final Positions positions;
    private final double reach;

    private PositionalTable(List<WordLine> lines, PageEdge edge, Positions positions) {
        this.lines = lines;
        this.em = TableFinder.em(lines, 0, lines.size() - 1);
        this.edge = edge;
        this.positions = positions;
        this.reach = positions == Positions.SPACED ? SPACED_REACH : 0;
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
            band.write(rows);
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
        Band cur = new Band();
        bands.add(cur);
        int i = 0;
        while (i < n) {
            double left = valueLeftFrom(anchor, i);
            if (!anchor[i] && TableFinder.reachesValues(lines.get(i), left, em)) {
                int end = headerEnd(anchor, i, left);
                if (cur.headerFrom >= 0 || !cur.body.isEmpty()) {
                    cur = new Band();
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

    /** Lines sharing one set of columns: an optional header, then body lines. */
    private final class Band {
        int headerFrom = -1;
        int headerTo = -1;
        double valueLeft = Double.MAX_VALUE;
        final List<Integer> body = new ArrayList<>();
        List<Column> columns = List.of();
        HeaderTree header;
        final List<Word> headerLabels = new ArrayList<>();
        final List<List<Word>> labelWords = new ArrayList<>();
        final List<List<Word>> valueWords = new ArrayList<>();
        /** For each body line, the words of each column's cell. */
        final List<List<List<Word>>> cellWords = new ArrayList<>();
        boolean[] absorbed = new boolean[0];
        /** Whether the page's edge cuts this band off. */
        boolean cut;
        int[][] assigned;

        /** Works out the columns (from the header, else the ones before, else the values) and assigns values. */
        void resolve(List<Column> before, Clip beforeClip) {
            double left = valueLeft;
            for (int i : body) {
                WordLine l = lines.get(i);
                int v = l.valueStart();
                if (v >= 0) {
                    left = Math.min(left, l.words().get(v).x0());
                }
            }
            double labelsRight = -Double.MAX_VALUE;
            for (int i : body) {
                WordLine l = lines.get(i);
                for (int w = 0; w < l.valueStart(); w++) {
                    labelsRight = Math.max(labelsRight, l.words().get(w).x1());
                }
            }
            List<Word> fragments = new ArrayList<>();
            if (headerFrom >= 0) {
                for (int i = headerFrom; i < headerTo; i++) {
                    for (Word w : lines.get(i).words()) {
                        boolean unlabelled = labelsRight == -Double.MAX_VALUE && !body.isEmpty();
                        boolean over = (unlabelled || w.x0() >= left - em || w.centerX() >= left - em
                                || w.x0() > labelsRight + em) && !Values.isNumbered(w.text());
                        (over ? fragments : headerLabels).add(w);
                    }
                }
                header = HeaderTree.of(fragments, em, reach);
                columns = header.columns();
            }
            boolean continued = columns.isEmpty() && !before.isEmpty();
            if (columns.isEmpty()) {
                columns = before;
            }
            cut = edge != null && (continued && beforeClip == Clip.RIGHT || reachesEdge());
            for (int i : body) {
                WordLine l = lines.get(i);
                int v = l.valueStart();
                int split = v >= 0 ? v : l.words().size();
                List<Word> labels = l.words().subList(0, split);
                labelWords.add(positions == Positions.SPACED ? joinSpaced(labels, 1.5 * em) : labels);
                valueWords.add(l.words().subList(split, l.words().size()));
            }
            absorbed = new boolean[body.size()];
            absorbWrappedValues();
            if (columns.isEmpty() || reach > 0 && header != null && isGarbled(header.columns())) {
                List<Column> grouped = fromValues(valueWords);
                columns = grouped.isEmpty() ? columns : grouped;
            }
            assigned = ColumnAssigner.assign(columns, valueWords);
            for (int k = 0; k < body.size(); k++) {
                List<List<Word>> byColumn = new ArrayList<>();
                for (int c = 0; c < columns.size(); c++) {
                    byColumn.add(new ArrayList<>());
                }
                for (int w = 0; w < valueWords.get(k).size(); w++) {
                    if (assigned[k][w] >= 0) {
                        byColumn.get(assigned[k][w]).add(valueWords.get(k).get(w));
                    }
                }
                cellWords.add(byColumn);
            }
        }

        /**
         * A line of values only, right above or below a row with a label, whose values all fall where that row has
         * none, holds the rest of that row's cells wrapped in narrow columns ({@code 3} / {@code 9} for 39, printed
         * around the row's line): its values join the row's, each stacked with the piece on the other side of the
         * row in its column, top to bottom.
         */
        private void absorbWrappedValues() {
            for (int t = 0; t < body.size(); t++) {
                if (labelWords.get(t).isEmpty() || valueWords.get(t).isEmpty()) {
                    continue;
                }
                List<Word> above = wrapPiece(t, t - 1);
                List<Word> below = wrapPiece(t, t + 1);
                if (above == null && below == null) {
                    continue;
                }
                List<Word> row = new ArrayList<>(valueWords.get(t));
                List<Word> pending = below == null ? new ArrayList<>() : new ArrayList<>(below);
                for (Word a : above == null ? List.<Word>of() : above) {
                    Word under = null;
                    for (Word b : pending) {
                        if (b.overlap(a.x0(), a.x1()) > 0) {
                            under = b;
                        }
                    }
                    pending.remove(under);
                    row.add(under == null ? a : stack(a, under));
                }
                row.addAll(pending);
                row.sort(java.util.Comparator.comparingDouble(Word::x0));
                valueWords.set(t, row);
                if (above != null) {
                    absorbed[t - 1] = true;
                }
                if (below != null) {
                    absorbed[t + 1] = true;
                }
            }
            for (int k = 0; k < body.size(); k++) {
                if (absorbed[k]) {
                    valueWords.set(k, List.of());
                }
            }
        }

        /**
         * The values of body line {@code k} when it is the wrapped rest of row {@code t}'s cells: the line right
         * next to it, values only, none of them over a value of the row; else null.
         */
        private List<Word> wrapPiece(int t, int k) {
            if (k < 0 || k >= body.size() || absorbed[k] || Math.abs(body.get(t) - body.get(k)) != 1
                    || !labelWords.get(k).isEmpty() || valueWords.get(k).isEmpty()) {
                return null;
            }
            WordLine a = lines.get(body.get(Math.min(k, t)));
            WordLine b = lines.get(body.get(Math.max(k, t)));
            if (b.top() - a.bottom() > 0.5 * em) {
                return null;
            }
            for (Word piece : valueWords.get(k)) {
                for (Word v : valueWords.get(t)) {
                    if (piece.overlap(v.x0(), v.x1()) > -reach) {
                        return null;
                    }
                }
            }
            return valueWords.get(k);
        }

        /**
         * Whether the page's edge cuts the band off: some of its text ends at the edge (within half an em), or the
         * edge cuts through text at the band's height.
         */
        private boolean reachesEdge() {
            List<Integer> all = new ArrayList<>(body);
            for (int i = headerFrom; i >= 0 && i < headerTo; i++) {
                all.add(i);
            }
            double top = Double.MAX_VALUE;
            double bottom = -Double.MAX_VALUE;
            for (int i : all) {
                WordLine l = lines.get(i);
                if (l.right() >= edge.x() - 0.5 * l.height()) {
                    return true;
                }
                top = Math.min(top, l.top());
                bottom = Math.max(bottom, l.bottom());
            }
            return edge.cutsBetween(top, bottom);
        }

        /** Each column where its values were printed (median left and right edge), else its header. */
        List<Column> printed() {
            List<Column> out = new ArrayList<>();
            for (int c = 0; c < columns.size(); c++) {
                List<Double> x0 = new ArrayList<>();
                List<Double> x1 = new ArrayList<>();
                for (int k = 0; k < valueWords.size(); k++) {
                    for (int w = 0; w < valueWords.get(k).size(); w++) {
                        if (assigned[k][w] == c && valueWords.get(k).get(w).isValue()) {
                            x0.add(valueWords.get(k).get(w).x0());
                            x1.add(valueWords.get(k).get(w).x1());
                        }
                    }
                }
                if (x0.isEmpty()) {
                    out.add(columns.get(c));
                } else {
                    x0.sort(null);
                    x1.sort(null);
                    double a = x0.get(x0.size() / 2);
                    out.add(new Column(columns.get(c).label(), a, Math.max(a, x1.get(x1.size() / 2))));
                }
            }
            return out;
        }

        int labelSlots() {
            int n = headerLabels.isEmpty() ? 0 : 1;
            for (List<Word> l : labelWords) {
                n = Math.max(n, l.size());
            }
            return n;
        }

        void write(List<PositionalRow> out) {
            int labels = labelSlots();
            int next = 0;
            for (int k = 0; k < body.size() && body.get(k) < headerFrom; k++, next++) {
                if (!absorbed[k]) {
                    out.add(bodyRow(k, labels));
                }
            }
            if (header != null) {
                writeHeader(labels, out);
            }
            for (int k = next; k < body.size(); k++) {
                if (!absorbed[k]) {
                    out.add(bodyRow(k, labels));
                }
            }
        }

        private void writeHeader(int labels, List<PositionalRow> out) {
            List<List<HeaderCell>> rows = header.rows();
            double[][] extent = new double[rows.size()][];
            for (int r = 0; r < rows.size(); r++) {
                double top = Double.MAX_VALUE;
                double bottom = -Double.MAX_VALUE;
                for (HeaderCell c : rows.get(r)) {
                    top = Math.min(top, c.box().y0());
                    bottom = Math.max(bottom, c.box().y1());
                }
                extent[r] = new double[] {top, bottom};
            }
            List<List<Word>> labelsByRow = new ArrayList<>();
            for (int r = 0; r < rows.size(); r++) {
                labelsByRow.add(new ArrayList<>());
            }
            for (Word w : headerLabels) {
                labelsByRow.get(nearestRow(extent, (w.y0() + w.y1()) / 2)).add(w);
            }
            for (int r = 0; r < rows.size(); r++) {
                double top = extent[r][0];
                double bottom = extent[r][1];
                List<PositionalCell> cells = new ArrayList<>();
                String labelText = labelText(labelsByRow.get(r));
                for (int s = 0; s < labels; s++) {
                    boolean here = s == labels - 1 && !labelText.isEmpty();
                    cells.add(here ? new PositionalCell(labelText, union(labelsByRow.get(r)), Role.LABEL)
                            : new PositionalCell("", labelArea(top, bottom), Role.LABEL));
                }
                String[] text = new String[columns.size()];
                Box[] boxes = new Box[columns.size()];
                boolean own = columns == header.columns();
                for (HeaderCell c : rows.get(r)) {
                    int at = own ? c.column() : ColumnAssigner.nearest(columns, new Word(c.text(), c.box().x0(),
                            c.box().x1(), c.box().y0(), c.box().y1()));
                    if (at < text.length) {
                        text[at] = text[at] == null ? c.text() : text[at] + " " + c.text();
                        boxes[at] = c.box();
                    }
                }
                for (int c = 0; c < columns.size(); c++) {
                    cells.add(new PositionalCell(text[c] == null ? "" : text[c],
                            boxes[c] != null ? boxes[c] : columnBox(c, top, bottom), Role.HEADER));
                }
                finish(cells, top, bottom);
                out.add(new PositionalRow(headerFrom, Kind.HEADER, cells));
            }
        }

        /** The header row whose height holds {@code y}, else the nearest one. */
        private int nearestRow(double[][] extent, double y) {
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int r = 0; r < extent.length; r++) {
                double d = y < extent[r][0] ? extent[r][0] - y : y > extent[r][1] ? y - extent[r][1] : 0;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = r;
                }
            }
            return best;
        }

        private PositionalRow bodyRow(int k, int labels) {
            WordLine line = lines.get(body.get(k));
            double top = line.top();
            double bottom = line.bottom();
            List<PositionalCell> cells = new ArrayList<>();
            List<Word> lw = labelWords.get(k);
            for (int s = 0; s < labels - lw.size(); s++) {
                cells.add(new PositionalCell("", labelArea(top, bottom), Role.LABEL));
            }
            for (Word w : lw) {
                cells.add(new PositionalCell(w.text(), w.box(), Role.LABEL));
            }
            List<List<Word>> byColumn = cellWords.get(k);
            for (int c = 0; c < columns.size(); c++) {
                List<Word> in = c < byColumn.size() ? byColumn.get(c) : List.of(); // a band that took the next's
                if (in.isEmpty()) {
                    cells.add(new PositionalCell("", columnBox(c, top, bottom), Role.VALUE));
                    continue;
                }
                for (Word w : split(in)) {
                    cells.add(new PositionalCell(w.text(), w.box(), Role.VALUE));
                }
            }
            finish(cells, top, bottom);
            return new PositionalRow(body.get(k), Kind.BODY, cells);
        }

        /**
         * The words of one cell: text words joined; two values that could not be put into separate columns stay
         * separate cells (the row then has more cells than columns, which the parser reports).
         */
        private List<Word> split(List<Word> in) {
            List<Word> out = new ArrayList<>();
            Word cur = null;
            for (Word w : in) {
                if (cur != null && !(cur.isValue() && w.isValue())) {
                    cur = new Word(Joiner.join(cur.text(), w.text()), Math.min(cur.x0(), w.x0()),
                            Math.max(cur.x1(), w.x1()), Math.min(cur.y0(), w.y0()), Math.max(cur.y1(), w.y1()));
                    continue;
                }
                if (cur != null) {
                    out.add(cur);
                }
                cur = w;
            }
            out.add(cur);
            return out;
        }

        /** Adds the cell for the columns beyond the page's edge, when the edge cuts the table off. */
        private void finish(List<PositionalCell> cells, double top, double bottom) {
            if (cut) {
                float x = (float) edge.x();
                cells.add(new PositionalCell("", new Box(x, (float) top, x, (float) bottom), Role.OFF_PAGE));
            }
        }

        private String labelText(List<Word> words) {
            List<Word> sorted = new ArrayList<>(words);
            sorted.sort((a, b) -> a.y0() != b.y0() ? Double.compare(a.y0(), b.y0()) : Double.compare(a.x0(), b.x0()));
            String text = "";
            for (Word w : sorted) {
                text = Joiner.join(text, w.text());
            }
            return text;
        }

        private Box labelArea(double top, double bottom) {
            double left = Double.MAX_VALUE;
            for (WordLine l : lines) {
                left = Math.min(left, l.left());
            }
            double right = columns.isEmpty() ? left : Math.max(left, columnLeft(0));
            return new Box((float) left, (float) top, (float) right, (float) bottom);
        }

        private Box columnBox(int c, double top, double bottom) {
            return new Box((float) columnLeft(c), (float) top, (float) Math.max(columnLeft(c), columnRight(c)),
                    (float) bottom);
        }

        /** Midway between the column's header text and the previous one's (the first: its own left edge). */
        private double columnLeft(int c) {
            Column col = columns.get(c);
            return c == 0 ? col.x0() : Math.min(col.x0(), (columns.get(c - 1).x1() + col.x0()) / 2);
        }

        private double columnRight(int c) {
            Column col = columns.get(c);
            return c + 1 == columns.size() ? col.x1() : Math.max(col.x1(), (col.x1() + columns.get(c + 1).x0()) / 2);
        }
    }

    /**
     * Label words of spaced text one space apart joined, unless the second starts a new numbered label
     * ({@code （七）总 计} is one label, {@code 三、本年度 （一）予以公开} two): spaced text has no other sign of
     * where a cell ends.
     */
    static List<Word> joinSpaced(List<Word> words, double gap) {
        List<Word> out = new ArrayList<>(words.size());
        for (Word w : words) {
            Word last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && w.x0() - last.x1() <= gap && !Values.isNumbered(w.text())) {
                out.set(out.size() - 1, new Word(Joiner.join(last.text(), w.text()), last.x0(), w.x1(),
                        Math.min(last.y0(), w.y0()), Math.max(last.y1(), w.y1())));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Whether a header read from spaced text came apart: two or more of its columns are single characters (the
     * pieces of wrapped cells that the layout shifted too far to join). The values' own columns are used then.
     */
    private static boolean isGarbled(List<Column> columns) {
        int single = 0;
        for (Column c : columns) {
            single += c.label().codePointCount(0, c.label().length()) == 1 ? 1 : 0;
        }
        return single >= 2;
    }

    /** The words of one cell as one word, left to right. */
    private static Word joined(List<Word> words) {
        Word out = words.get(0);
        for (int i = 1; i < words.size(); i++) {
            Word w = words.get(i);
            out = new Word(Joiner.join(out.text(), w.text()), Math.min(out.x0(), w.x0()), Math.max(out.x1(), w.x1()),
                    Math.min(out.y0(), w.y0()), Math.max(out.y1(), w.y1()));
        }
        return out;
    }

    /** One cell's text wrapped over two lines: {@code upper} then {@code lower}. */
    private static Word stack(Word upper, Word lower) {
        return new Word(Joiner.join(upper.text(), lower.text()), Math.min(upper.x0(), lower.x0()),
                Math.max(upper.x1(), lower.x1()), Math.min(upper.y0(), lower.y0()), Math.max(upper.y1(), lower.y1()));
    }

    /** Columns when there is no header: one per group of values that line up. */
    private static List<Column> fromValues(List<List<Word>> rows) {
        List<Column> out = new ArrayList<>();
        for (ColumnAssigner.Group g : ColumnAssigner.groups(rows)) {
            out.add(new Column("", g.x0, g.x1));
        }
        return out;
    }

    private static Box union(List<Word> words) {
        Box box = null;
        for (Word w : words) {
            box = w.box().union(box);
        }
        return box;
    }
}
