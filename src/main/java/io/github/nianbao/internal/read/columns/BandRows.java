package io.github.nianbao.internal.read.columns;

import io.github.nianbao.internal.read.columns.PositionalCell.Role;
import io.github.nianbao.internal.read.columns.PositionalRow.Kind;
import io.github.nianbao.model.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes one band of a positional table as rows: its header's rows (label text above the row labels in the label
 * cell, header cells over their columns), then one row per body line (label cells right-aligned, then one cell per
 * column; an empty cell's box is its column's space in the row), each ending with a cell off the page when the
 * page's edge cuts the band off.
 */
final class BandRows {

    private final TableContext table;
    private final Band band;
    private final List<Column> columns;
    private final List<List<Word>> labelWords;
    private final List<Word> headerLabels;

    BandRows(TableContext table, Band band) {
        this.table = table;
        this.band = band;
        this.columns = band.columns;
        this.labelWords = band.labelWords;
        this.headerLabels = band.headerLabels;
    }

    void write(List<PositionalRow> out) {
        int labels = band.labelSlots();
        int next = 0;
        for (int k = 0; k < band.body.size() && band.body.get(k) < band.headerFrom; k++, next++) {
            if (!band.absorbed[k]) {
                out.add(bodyRow(k, labels));
            }
        }
        if (band.header != null) {
            writeHeader(labels, out);
        }
        for (int k = next; k < band.body.size(); k++) {
            if (!band.absorbed[k]) {
                out.add(bodyRow(k, labels));
            }
        }
    }

    private void writeHeader(int labels, List<PositionalRow> out) {
        List<List<HeaderCell>> rows = band.header.rows();
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
                cells.add(here ? new PositionalCell(labelText, Joiner.union(labelsByRow.get(r)), Role.LABEL)
                        : new PositionalCell("", labelArea(top, bottom), Role.LABEL));
            }
            String[] text = new String[columns.size()];
            Box[] boxes = new Box[columns.size()];
            boolean own = columns == band.header.columns();
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
            out.add(new PositionalRow(band.headerFrom, Kind.HEADER, cells));
        }
    }

    /** The band.header row whose height holds {@code y}, else the nearest one. */
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
        WordLine line = table.lines().get(band.body.get(k));
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
        List<List<Word>> byColumn = band.cellWords.get(k);
        for (int c = 0; c < columns.size(); c++) {
            List<Word> in = c < byColumn.size() ? byColumn.get(c) : List.of(); // columns taken from the next band
            if (in.isEmpty()) {
                cells.add(new PositionalCell("", columnBox(c, top, bottom), Role.VALUE));
                continue;
            }
            for (Word w : split(in)) {
                cells.add(new PositionalCell(w.text(), w.box(), Role.VALUE));
            }
        }
        finish(cells, top, bottom);
        return new PositionalRow(band.body.get(k), Kind.BODY, cells);
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
        if (band.cut) {
            float x = (float) table.edge().x();
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
        for (WordLine l : table.lines()) {
            left = Math.min(left, l.left());
        }
        double right = columns.isEmpty() ? left : Math.max(left, columnLeft(0));
        return new Box((float) left, (float) top, (float) right, (float) bottom);
    }

    private Box columnBox(int c, double top, double bottom) {
        return new Box((float) columnLeft(c), (float) top, (float) Math.max(columnLeft(c), columnRight(c)),
                (float) bottom);
    }

    /** Midway between the column's band.header text and the previous one's (the first: its own left edge). */
    private double columnLeft(int c) {
        Column col = columns.get(c);
        return c == 0 ? col.x0() : Math.min(col.x0(), (columns.get(c - 1).x1() + col.x0()) / 2);
    }

    private double columnRight(int c) {
        Column col = columns.get(c);
        return c + 1 == columns.size() ? col.x1() : Math.max(col.x1(), (col.x1() + columns.get(c + 1).x0()) / 2);
    }
}
