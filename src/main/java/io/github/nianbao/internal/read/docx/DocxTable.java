package io.github.nianbao.internal.read.docx;

import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadFailure.Reason;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A DOCX table (表格) laid out on its grid. Each row becomes one slot per grid column: the cell ({@code w:tc})
 * whose text belongs there, or null for an empty position. Honoured: {@code w:gridSpan} (a cell spanning columns
 * fills its first column; the rest are empty), {@code w:vMerge} (a cell continuing a vertical merge — {@code
 * <w:vMerge/>} with no value, or {@code w:val="continue"} — is empty), {@code w:gridBefore}/{@code w:gridAfter}
 * (skipped grid positions at the start/end of a row are empty), rows and cells wrapped in content controls or
 * custom XML. Every row has the width of the widest row (at least the declared {@code w:tblGrid}); short rows are
 * padded with empty positions at the end, as Word draws them.
 */
final class DocxTable {

    private final int gridColumns;
    private final List<RowXml> rows;

    /** One laid-out row: a cell or null per grid column. */
    record Row(List<Element> slots) {
    }

    private record RowXml(int before, int after, List<Element> cells) {
    }

    private DocxTable(int gridColumns, List<RowXml> rows) {
        this.gridColumns = gridColumns;
        this.rows = rows;
    }

    /** Reads the rows and cells of {@code tbl}. */
    static DocxTable of(Element tbl) {
        Element grid = Ooxml.child(tbl, "tblGrid");
        int gridColumns = 0;
        if (grid != null) {
            for (Element c : Ooxml.children(grid)) {
                if (Ooxml.isW(c, "gridCol")) {
                    gridColumns++;
                }
            }
        }
        List<Element> trs = new ArrayList<>();
        collect(tbl, "tr", trs);
        List<RowXml> rows = new ArrayList<>(trs.size());
        for (Element tr : trs) {
            Element trPr = Ooxml.child(tr, "trPr");
            int before = Math.max(0, Ooxml.intVal(Ooxml.child(trPr, "gridBefore"), 0));
            int after = Math.max(0, Ooxml.intVal(Ooxml.child(trPr, "gridAfter"), 0));
            List<Element> tcs = new ArrayList<>();
            collect(tr, "tc", tcs);
            rows.add(new RowXml(before, after, tcs));
        }
        return new DocxTable(gridColumns, rows);
    }

    /** Whether the table is only a frame: no row has more than one cell. */
    boolean isFrame() {
        for (RowXml r : rows) {
            if (r.cells().size() > 1) {
                return false;
            }
        }
        return true;
    }

    /** Every cell, row by row. */
    List<Element> allCells() {
        List<Element> out = new ArrayList<>();
        for (RowXml r : rows) {
            out.addAll(r.cells());
        }
        return out;
    }

    /**
     * The rows on the grid.
     *
     * @param maxCells most grid positions (rows times columns) allowed, checked before laying out
     * @throws ReadFailure {@link Reason#LIMIT_EXCEEDED} for a table with more positions
     */
    List<Row> layout(int maxCells) throws ReadFailure {
        long widest = gridColumns;
        for (RowXml r : rows) {
            widest = Math.max(widest, extent(r));
        }
        if (widest * rows.size() > maxCells) {
            throw new ReadFailure(Reason.LIMIT_EXCEEDED, "a table of " + rows.size() + " rows and " + widest
                    + " grid columns has more cells than the limit (maxTableCells)");
        }
        int width = (int) widest;
        boolean[] mergeOpen = new boolean[width];
        List<Row> out = new ArrayList<>(rows.size());
        for (RowXml r : rows) {
            Element[] slots = new Element[width];
            boolean[] nextOpen = new boolean[width];
            int col = r.before();
            for (Element tc : r.cells()) {
                Element tcPr = Ooxml.child(tc, "tcPr");
                int span = Math.max(1, Ooxml.intVal(Ooxml.child(tcPr, "gridSpan"), 1));
                if (col >= width) {
                    break;
                }
                Element vMerge = Ooxml.child(tcPr, "vMerge");
                boolean continues = vMerge != null && !"restart".equals(Ooxml.val(vMerge));
                boolean isContinuation = continues && mergeOpen[col];
                if (!isContinuation) {
                    slots[col] = tc;
                }
                for (int k = col; k < Math.min(width, (long) col + span); k++) {
                    nextOpen[k] = vMerge != null;
                }
                col = (int) Math.min(width, (long) col + span);
            }
            mergeOpen = nextOpen;
            out.add(new Row(Collections.unmodifiableList(Arrays.asList(slots))));
        }
        return out;
    }

    private static long extent(RowXml r) {
        long n = (long) r.before() + r.after();
        for (Element tc : r.cells()) {
            n += Math.max(1, Ooxml.intVal(Ooxml.path(tc, "tcPr", "gridSpan"), 1));
        }
        return n;
    }

    /** Collects the {@code w:<local>} children of {@code parent}, looking through content controls and custom XML. */
    private static void collect(Element parent, String local, List<Element> out) {
        for (Element c : Ooxml.children(parent)) {
            if (Ooxml.isW(c, local)) {
                out.add(c);
            } else if (Ooxml.isW(c, "sdt")) {
                Element content = Ooxml.child(c, "sdtContent");
                if (content != null) {
                    collect(content, local, out);
                }
            } else if (Ooxml.isW(c, "customXml") || Ooxml.isW(c, "ins") || Ooxml.isW(c, "moveTo")) {
                collect(c, local, out);
            }
        }
    }
}
