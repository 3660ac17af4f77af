package io.github.nianbao.internal.read.columns;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Lines of a positional table sharing one set of columns: an optional header, then body lines (rows with values,
 * rows of labels only). Works out the columns — from the header, else the ones the table had before, else the
 * values' own — and puts every value into one. Not thread-safe; one per band of one table.
 */
final class Band {

    private final TableContext table;
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
    /** Body lines whose values went into the row next to them (a number wrapped in a narrow column). */
    boolean[] absorbed = new boolean[0];
    /** Whether the page's edge cuts this band off. */
    boolean cut;
    int[][] assigned = new int[0][];

    Band(TableContext table) {
        this.table = table;
    }

    /** Works out the columns (from the header, else the ones before, else the values) and assigns values. */
    void resolve(List<Column> before, PositionalTable.Clip beforeClip) {
        if (headerFrom >= 0) {
            readHeader();
        }
        boolean continued = columns.isEmpty() && !before.isEmpty();
        if (columns.isEmpty()) {
            columns = before;
        }
        cut = table.edge() != null && (continued && beforeClip == PositionalTable.Clip.RIGHT || reachesEdge());
        for (int i : body) {
            WordLine l = table.lines().get(i);
            int split = l.valueStart() >= 0 ? l.valueStart() : l.words().size();
            List<Word> labels = l.words().subList(0, split);
            boolean spaced = table.positions() == PositionalTable.Positions.SPACED;
            labelWords.add(spaced ? joinSpaced(labels, 1.5 * table.em()) : labels);
            valueWords.add(l.words().subList(split, l.words().size()));
        }
        absorbed = new boolean[body.size()];
        absorbWrappedValues();
        if (columns.isEmpty() || table.reach() > 0 && header != null && isGarbled(header.columns())) {
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
     * The header's words over the values (starting or centred where the values start, or right of every row
     * label; numbered words are labels) make its tree and columns; the others are the label column's header.
     */
    private void readHeader() {
        double left = valueLeft;
        double labelsRight = -Double.MAX_VALUE;
        for (int i : body) {
            WordLine l = table.lines().get(i);
            if (l.valueStart() >= 0) {
                left = Math.min(left, l.words().get(l.valueStart()).x0());
            }
            for (int w = 0; w < l.valueStart(); w++) {
                labelsRight = Math.max(labelsRight, l.words().get(w).x1());
            }
        }
        double em = table.em();
        boolean unlabelled = labelsRight == -Double.MAX_VALUE && !body.isEmpty();
        List<Word> fragments = new ArrayList<>();
        for (int i = headerFrom; i < headerTo; i++) {
            for (Word w : table.lines().get(i).words()) {
                boolean over = (unlabelled || w.x0() >= left - em || w.centerX() >= left - em
                        || w.x0() > labelsRight + em) && !Values.isNumbered(w.text());
                (over ? fragments : headerLabels).add(w);
            }
        }
        header = HeaderTree.of(fragments, em, table.reach());
        columns = header.columns();
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
                row.add(under == null ? a : Joiner.stack(a, under));
            }
            row.addAll(pending);
            row.sort(Comparator.comparingDouble(Word::x0));
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
        WordLine a = table.lines().get(body.get(Math.min(k, t)));
        WordLine b = table.lines().get(body.get(Math.max(k, t)));
        if (b.top() - a.bottom() > 0.5 * table.em()) {
            return null;
        }
        for (Word piece : valueWords.get(k)) {
            for (Word v : valueWords.get(t)) {
                if (piece.overlap(v.x0(), v.x1()) > -table.reach()) {
                    return null;
                }
            }
        }
        return valueWords.get(k);
    }

    /**
     * Whether the page's edge cuts the band off: some of its text ends at the edge (within half an table.em()), or the
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
            WordLine l = table.lines().get(i);
            if (l.right() >= table.edge().x() - 0.5 * l.height()) {
                return true;
            }
            top = Math.min(top, l.top());
            bottom = Math.max(bottom, l.bottom());
        }
        return table.edge().cutsBetween(top, bottom);
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

    /** Columns when there is no header: one per group of values that line up. */
    private static List<Column> fromValues(List<List<Word>> rows) {
        List<Column> out = new ArrayList<>();
        for (ColumnAssigner.Group g : ColumnAssigner.groups(rows)) {
            out.add(new Column("", g.x0, g.x1));
        }
        return out;
    }
}
