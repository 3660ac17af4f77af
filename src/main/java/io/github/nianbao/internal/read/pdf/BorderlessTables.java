package io.github.nianbao.internal.read.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tables printed without rule lines (无框表格), found from text positions: a line whose glyphs fall into separate
 * runs with wide gaps is a row candidate; two or more such lines in a row, at least one with a run that is a number
 * or zero mark, make a table. Columns
 * come from overlapping x ranges of the runs of all its rows. Knows nothing of labels.
 */
final class BorderlessTables {

    /** A gap wider than this many ems separates two cells. */
    private static final double CELL_GAP = 1.5;
    private static final Pattern ZERO_MARK = Pattern.compile("[/／\\-－—–]+");
    private static final Pattern NUMBER = Pattern.compile("[-+−]?[0-9０-９][0-9０-９,，.．]*(%|元|万元|件|条)?");

    private BorderlessTables() {
    }

    /** The blocks of a page with runs of row-like lines replaced by tables. */
    static List<Block> extract(List<Block> blocks) {
        List<Block> out = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            int j = i;
            boolean values = false;
            List<LineBlock> rows = new ArrayList<>();
            while (j < blocks.size() && blocks.get(j) instanceof LineBlock l && runs(l.line()).size() >= 2) {
                values |= isRow(l);
                rows.add(l);
                j++;
            }
            if (rows.size() >= 2 && values) {
                out.add(table(rows, rows.get(0).page()));
                i = j;
            } else {
                out.add(blocks.get(i));
                i++;
            }
        }
        return out;
    }

    static boolean isRow(LineBlock line) {
        List<List<Glyph>> runs = runs(line.line());
        if (runs.size() < 2) {
            return false;
        }
        for (List<Glyph> r : runs) {
            if (isValue(TextCleanup.clean(TextAssembler.lineText(r)))) {
                return true;
            }
        }
        return false;
    }

    /** A number or a mark printed for zero ({@code /}, {@code -}, {@code —}). */
    static boolean isValue(String s) {
        return NUMBER.matcher(s).matches() || ZERO_MARK.matcher(s).matches();
    }

    /** Splits a line into runs of glyphs separated by gaps wider than {@link #CELL_GAP} ems. */
    static List<List<Glyph>> runs(TextLineGroup line) {
        List<List<Glyph>> runs = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) {
                continue;
            }
            if (prev != null && g.x() - prev.right() > CELL_GAP * Math.max(prev.size(), 1)) {
                runs.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) {
            runs.add(cur);
        }
        return runs;
    }

    private static TableBlock table(List<LineBlock> lines, int page) {
        List<double[]> columns = columns(lines);
        double[] edges = new double[columns.size() + 1];
        for (int c = 0; c < columns.size(); c++) {
            edges[c] = columns.get(c)[0];
        }
        edges[columns.size()] = columns.get(columns.size() - 1)[1];
        TableBlock t = new TableBlock(edges, page, lines.get(0).top(),
                lines.get(lines.size() - 1).line().baseline(), false);
        for (LineBlock l : lines) {
            t.rows.add(row(l, columns, t.rows.size()));
        }
        return t;
    }

    /**
     * The row a line adds to an unruled table that ended on the previous page, or null when the line is not such a
     * row (fewer than two runs, no value, or runs outside the table).
     */
    static TableBlock.Row continuation(TableBlock table, LineBlock line) {
        List<List<Glyph>> runs = runs(line.line());
        double[] e = table.columnEdges;
        double em = Math.max(line.line().size(), 1);
        if (table.ruled || runs.size() < 2 || !isRow(line) || line.line().left() < e[0] - 2 * em
                || line.line().right() > e[e.length - 1] + 4 * em) {
            return null;
        }
        List<double[]> columns = new ArrayList<>();
        for (int c = 0; c + 1 < e.length; c++) {
            columns.add(new double[] {e[c], c + 2 < e.length ? e[c + 1] : e[c + 1] + 4 * em});
        }
        return row(line, columns, table.rows.size());
    }

    private static TableBlock.Row row(LineBlock l, List<double[]> columns, int index) {
        int cols = columns.size();
        String[] text = new String[cols];
        java.util.Arrays.fill(text, "");
        List<List<Glyph>> byColumn = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            byColumn.add(new ArrayList<>());
        }
        for (List<Glyph> run : runs(l.line())) {
            int c = columnOf(columns, run.get(0).x(), run.get(run.size() - 1).right());
            String s = TextCleanup.clean(TextAssembler.lineText(run));
            text[c] = text[c].isEmpty() ? s : text[c] + " " + s;
            byColumn.get(c).addAll(run);
        }
        int[] owner = new int[cols];
        int[] span = new int[cols];
        int[] start = new int[cols];
        for (int c = 0; c < cols; c++) {
            owner[c] = index;
            span[c] = 1;
            start[c] = c;
        }
        return new TableBlock.Row(text, owner, span, start, l.page(), OcrCells.readings(byColumn), null);
    }

    /** Column x ranges: the union of overlapping run ranges over all rows, left to right. */
    private static List<double[]> columns(List<LineBlock> lines) {
        List<double[]> ranges = new ArrayList<>();
        for (LineBlock l : lines) {
            for (List<Glyph> run : runs(l.line())) {
                ranges.add(new double[] {run.get(0).x(), run.get(run.size() - 1).right()});
            }
        }
        ranges.sort((a, b) -> Double.compare(a[0], b[0]));
        List<double[]> merged = new ArrayList<>();
        for (double[] r : ranges) {
            double[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && r[0] <= last[1]) {
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(r.clone());
            }
        }
        return merged;
    }

    private static int columnOf(List<double[]> columns, double left, double right) {
        int best = 0;
        double bestOverlap = -Double.MAX_VALUE;
        for (int c = 0; c < columns.size(); c++) {
            double overlap = Math.min(right, columns.get(c)[1]) - Math.max(left, columns.get(c)[0]);
            if (overlap > bestOverlap) {
                bestOverlap = overlap;
                best = c;
            }
        }
        return best;
    }
}
