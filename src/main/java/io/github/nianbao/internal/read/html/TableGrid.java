package io.github.nianbao.internal.read.html;

import io.github.nianbao.internal.read.ReadFailure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Lays out an HTML table as a full grid, the way a browser does: every {@code rowspan}/{@code colspan} fills the
 * positions it covers ({@code rowspan="0"} runs to the end of its {@code thead}/{@code tbody}/{@code tfoot}),
 * {@code thead} rows come first and {@code tfoot} rows last, {@code th} and {@code td} alike. The text sits at the
 * top-left position of a merged cell; covered positions are empty. Absurd spans are capped ({@code colspan} at
 * {@value #MAX_COLSPAN}, {@code rowspan} at the rows that remain), and columns in which no cell starts (left by an
 * oversized {@code colspan}) are dropped, so header and data rows land in one consistent grid.
 */
final class TableGrid {

    /** Largest colspan honoured. */
    static final int MAX_COLSPAN = 64;

    private TableGrid() {
    }

    /** One grid position: the cell's text where it starts, or a continuation of a merged cell. */
    private record Slot(String text, boolean origin) {
        static final Slot CONTINUATION = new Slot("", false);
    }

    /**
     * The grid of {@code table}: one array per row, all of the same width.
     *
     * @throws ReadFailure when the cell limit or the deadline is passed
     */
    static List<String[]> build(Element table, CellBudget budget) throws ReadFailure {
        List<GridRow> grid = new ArrayList<>();
        for (Element section : sections(table)) {
            layOutSection(rows(section), grid, budget);
        }
        return compact(grid, budget);
    }

    /** One grid row being laid out: its positions up to the last one filled, null where nothing lies yet. */
    private static final class GridRow {
        private Slot[] slots = new Slot[16];
        private int size;

        Slot get(int column) {
            return column < size ? slots[column] : null;
        }

        /** Fills a position; overlapping spans: the first cell keeps the position, as in browsers. */
        void put(int column, Slot slot) {
            if (column >= slots.length) {
                slots = Arrays.copyOf(slots, Math.max(column + 1, slots.length * 2));
            }
            size = Math.max(size, column + 1);
            if (slots[column] == null) {
                slots[column] = slot;
            }
        }
    }

    /**
     * Whether the table only arranges the page (a one-column table, or a one-row or two-column table holding
     * another table): its content is read as blocks, not as a grid.
     */
    static boolean isLayout(Element table) {
        int rowCount = 0;
        int width = 0;
        List<Element> sections = sections(table);
        for (Element section : sections) {
            for (int i = 0; i < section.childNodeSize(); i++) {
                if (section.childNode(i) instanceof Element tr && tr.normalName().equals("tr")) {
                    rowCount++;
                    width = Math.max(width, width(tr));
                    if (rowCount > 1 && width > 2) {
                        return false; // a data table, whatever the other rows hold; nested tables not looked for
                    }
                }
            }
        }
        if (width <= 1) {
            return true;
        }
        Set<Element> holdingTables = holdingTables(table);
        for (Element section : sections) {
            for (Element tr : rows(section)) {
                for (Element cell : cells(tr)) {
                    if (holdingTables.contains(cell)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The columns a row spans: its cells' colspans summed. */
    private static int width(Element tr) {
        int w = 0;
        for (int i = 0; i < tr.childNodeSize(); i++) {
            if (tr.childNode(i) instanceof Element cell && isCell(cell)) {
                w += colspan(cell);
            }
        }
        return w;
    }

    private static boolean isCell(Element e) {
        String tag = e.normalName();
        return tag.equals("td") || tag.equals("th");
    }

    /**
     * The elements inside {@code table} that hold a nested {@code table} (a cell is in it exactly when
     * {@code cell.selectFirst("table") != null}), found in one pass over the table instead of one search per cell.
     */
    private static Set<Element> holdingTables(Element table) {
        Set<Element> out = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Element inner : table.getElementsByTag("table")) {
            if (inner == table) {
                continue;
            }
            for (Element p = inner.parent(); p != null && p != table && out.add(p); p = p.parent()) {
                // marks every ancestor up to the table; stops early where a previous inner table marked them
            }
        }
        return out;
    }

    /** The table's {@code caption}, or null. */
    static Element caption(Element table) {
        for (int i = 0; i < table.childNodeSize(); i++) {
            if (table.childNode(i) instanceof Element child && child.normalName().equals("caption")) {
                return child;
            }
        }
        return null;
    }

    /** Row groups in rendering order: {@code thead}, then body groups and bare rows, then {@code tfoot}. */
    static List<Element> sections(Element table) {
        List<Element> head = new ArrayList<>();
        List<Element> body = new ArrayList<>();
        List<Element> foot = new ArrayList<>();
        boolean bareRows = false;
        for (int i = 0; i < table.childNodeSize(); i++) {
            if (!(table.childNode(i) instanceof Element child)) {
                continue;
            }
            switch (child.normalName()) {
                case "thead" -> head.add(child);
                case "tfoot" -> foot.add(child);
                case "tbody" -> body.add(child);
                case "tr" -> {
                    if (!bareRows) {
                        body.add(table); // rows directly under the table form one group
                        bareRows = true;
                    }
                }
                default -> {
                    // caption, colgroup: not rows
                }
            }
        }
        List<Element> all = new ArrayList<>(head.size() + body.size() + foot.size());
        all.addAll(head);
        all.addAll(body);
        all.addAll(foot);
        return all;
    }

    /** The {@code tr} children of a row group. */
    static List<Element> rows(Element section) {
        List<Element> rows = new ArrayList<>();
        for (int i = 0; i < section.childNodeSize(); i++) {
            if (section.childNode(i) instanceof Element child && child.normalName().equals("tr")) {
                rows.add(child);
            }
        }
        return rows;
    }

    /** The {@code td}/{@code th} children of a row. */
    static List<Element> cells(Element tr) {
        List<Element> cells = new ArrayList<>();
        for (int i = 0; i < tr.childNodeSize(); i++) {
            if (tr.childNode(i) instanceof Element child && isCell(child)) {
                cells.add(child);
            }
        }
        return cells;
    }

    /** The colspan: missing, invalid or 0 gives 1; capped at {@value #MAX_COLSPAN}. */
    static int colspan(Element cell) {
        int v = span(cell.attr("colspan"));
        return v <= 0 ? 1 : Math.min(v, MAX_COLSPAN);
    }

    /** The rowspan given {@code remaining} rows in the section (this one included): 0 runs to the end. */
    static int rowspan(Element cell, int remaining) {
        int v = span(cell.attr("rowspan"));
        if (v == 0) {
            return remaining;
        }
        return v < 0 ? 1 : Math.min(v, remaining);
    }

    private static void layOutSection(List<Element> trs, List<GridRow> grid, CellBudget budget)
            throws ReadFailure {
        int first = grid.size();
        for (int i = 0; i < trs.size(); i++) {
            grid.add(new GridRow());
        }
        for (int r = 0; r < trs.size(); r++) {
            Element tr = trs.get(r);
            GridRow row = grid.get(first + r);
            int c = 0;
            for (int i = 0; i < tr.childNodeSize(); i++) {
                if (!(tr.childNode(i) instanceof Element cell) || !isCell(cell)) {
                    continue;
                }
                while (row.get(c) != null) {
                    c++;
                }
                int cs = colspan(cell);
                int rs = rowspan(cell, trs.size() - r);
                budget.take((long) cs * rs);
                Slot origin = new Slot(CellText.of(cell), true);
                for (int dr = 0; dr < rs; dr++) {
                    GridRow target = grid.get(first + r + dr);
                    for (int dc = 0; dc < cs; dc++) {
                        target.put(c + dc, dr == 0 && dc == 0 ? origin : Slot.CONTINUATION);
                    }
                }
                c += cs;
            }
        }
    }

    /** Drops columns where no cell starts and pads every row to the same width. */
    private static List<String[]> compact(List<GridRow> grid, CellBudget budget) throws ReadFailure {
        int maxWidth = 0;
        for (GridRow row : grid) {
            maxWidth = Math.max(maxWidth, row.size);
        }
        boolean[] keep = new boolean[maxWidth];
        int width = 0;
        long filled = 0;
        for (GridRow row : grid) {
            for (int c = 0; c < row.size; c++) {
                Slot s = row.slots[c];
                if (s != null) {
                    filled++;
                    if (s.origin() && !keep[c]) {
                        keep[c] = true;
                        width++;
                    }
                }
            }
        }
        long padding = (long) width * grid.size() - filled;
        if (padding > 0) {
            budget.take(padding);
        }
        List<String[]> out = new ArrayList<>(grid.size());
        for (GridRow row : grid) {
            String[] cells = new String[width];
            int k = 0;
            for (int c = 0; c < maxWidth; c++) {
                if (keep[c]) {
                    Slot s = row.get(c);
                    cells[k++] = s == null ? "" : s.text();
                }
            }
            out.add(cells);
        }
        return out;
    }

    private static int span(String attr) {
        String s = attr.strip();
        int i = 0;
        long v = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i)) && s.charAt(i) < 128) {
            v = Math.min(v * 10 + (s.charAt(i) - '0'), Integer.MAX_VALUE);
            i++;
        }
        if (i == 0) {
            return s.isEmpty() ? 1 : -1;
        }
        return (int) v;
    }
}
