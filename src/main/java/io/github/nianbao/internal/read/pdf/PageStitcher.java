package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.columns.Column;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins tables continued across page breaks (跨页表格): when a page ends with a table and the next page starts with a
 * table whose column edges match, the second is appended to the first. A repeated header row is dropped, a row split
 * by the break is rejoined, and a merged label cell split by the break ({@code （四）无} / {@code 法提供}) is rejoined
 * into the cell where it started, so its rowspan carries over the break.
 */
final class PageStitcher {

    /** How far column edges of two pieces may differ. */
    static final double EDGE_TOLERANCE = 3.0;
    /** How far the same table may lie to the side on two scanned pages (a quarter inch). */
    static final double MAX_SCAN_SHIFT = 18.0;
    /** Text that starts a new enumerated label: 一、 （一） (1) 1. 1、 */
    private static final Pattern ENUMERATED = Pattern.compile(
            "^([（(][一二三四五六七八九十0-9０-９]+[）)]|[一二三四五六七八九十]+[、．.]|[0-9０-９]+[.．、]).*");

    private PageStitcher() {
    }

    /** The blocks of all pages in order, continued tables joined. */
    static List<Block> stitch(List<List<Block>> pages) {
        List<Block> out = new ArrayList<>();
        for (List<Block> page : pages) {
            for (int i = 0; i < page.size(); i++) {
                Block b = page.get(i);
                if (i == 0 && b instanceof TableBlock next && !out.isEmpty()
                        && out.get(out.size() - 1) instanceof TableBlock prev
                        && prev.rows.get(prev.rows.size() - 1).page == next.firstPage - 1) {
                    if (!prev.ruled || !next.ruled) {
                        if (!prev.ruled && !next.ruled && sameColumns(prev.columns, next.columns)) {
                            append(prev, next);
                            continue;
                        }
                        out.add(b);
                        continue;
                    }
                    if (joinRuled(prev, next, out)) {
                        continue;
                    }
                    TableBlock shifted = scanShifted(prev, next);
                    if (shifted != null && joinRuled(prev, shifted, out)) {
                        continue;
                    }
                }
                out.add(b);
            }
        }
        return out;
    }

    /**
     * Appends ruled {@code next} to {@code prev} (the last block of {@code out}) when their column edges match, or
     * those of one are a subset of the other's; false when they do not.
     */
    private static boolean joinRuled(TableBlock prev, TableBlock next, List<Block> out) {
        if (sameColumns(prev.columnEdges, next.columnEdges)) {
            append(prev, next);
            return true;
        }
        if (isSubset(prev.columnEdges, next.columnEdges)) {
            append(prev.regrid(next.columnEdges, EDGE_TOLERANCE), next, out);
            return true;
        }
        if (isSubset(next.columnEdges, prev.columnEdges)) {
            append(prev, next.regrid(prev.columnEdges, EDGE_TOLERANCE));
            return true;
        }
        return false;
    }

    /**
     * The piece on the next scanned page moved so that its left edges meet (or, when those are far apart, its
     * right edges): every page lies a little differently on the scanner, so the same column is a few points to the
     * side on the next page. Null when either piece is not from a scan or the edges are further apart than
     * {@link #MAX_SCAN_SHIFT}.
     */
    static TableBlock scanShifted(TableBlock prev, TableBlock next) {
        if (!prev.isScanned() || !next.isScanned()) {
            return null;
        }
        double[] a = prev.columnEdges;
        double[] b = next.columnEdges;
        double left = a[0] - b[0];
        double right = a[a.length - 1] - b[b.length - 1];
        double dx = Math.abs(left) <= EDGE_TOLERANCE ? right : left;
        return Math.abs(dx) <= MAX_SCAN_SHIFT && Math.abs(dx) > 0 ? next.shifted(dx) : null;
    }

    /** Whether two unruled tables have the same columns (within {@link #EDGE_TOLERANCE}). */
    static boolean sameColumns(List<Column> a, List<Column> b) {
        if (a.size() != b.size() || a.isEmpty()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (Math.abs(a.get(i).x0() - b.get(i).x0()) > EDGE_TOLERANCE
                    || Math.abs(a.get(i).x1() - b.get(i).x1()) > EDGE_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    static boolean sameColumns(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (Math.abs(a[i] - b[i]) > EDGE_TOLERANCE) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether every edge of {@code coarse} is (within tolerance) an edge of {@code fine}, the outer edges included:
     * a piece whose rows merge some of the other piece's columns (a header row at the foot of a page).
     */
    static boolean isSubset(double[] coarse, double[] fine) {
        if (coarse.length >= fine.length || Math.abs(coarse[0] - fine[0]) > EDGE_TOLERANCE
                || Math.abs(coarse[coarse.length - 1] - fine[fine.length - 1]) > EDGE_TOLERANCE) {
            return false;
        }
        for (double e : coarse) {
            if (TableBlock.nearest(fine, e, EDGE_TOLERANCE) < 0) {
                return false;
            }
        }
        return true;
    }

    /** Replaces the last block of {@code out} by {@code regridded} with {@code next} appended. */
    private static void append(TableBlock regridded, TableBlock next, List<Block> out) {
        append(regridded, next);
        out.set(out.size() - 1, regridded);
    }

    /** Appends {@code next} (the piece on the following page) to {@code prev}. */
    static void append(TableBlock prev, TableBlock next) {
        List<TableBlock.Row> rows = new ArrayList<>(next.rows);
        dropRepeatedHeader(prev, rows);
        if (rows.isEmpty()) {
            return;
        }
        TableBlock.Row last = prev.rows.get(prev.rows.size() - 1);
        int offset = prev.rows.size();
        if (isSplitRow(last, rows.get(0))) {
            joinInto(prev, last, rows.get(0));
            rows.remove(0);
            offset--;
        } else if (prev.ruled && next.ruled) {
            rejoinSplitLabels(prev, last, rows);
        }
        for (TableBlock.Row r : rows) {
            int[] owner = r.owner.clone();
            for (int c = 0; c < owner.length; c++) {
                owner[c] = Math.max(owner[c] + offset, 0);
            }
            prev.rows.add(new TableBlock.Row(r.text, owner, r.span, r.start, r.page, r.ocr, r.boxes, r.clipEdge));
        }
    }

    /** Drops leading rows of the new piece that repeat the table's first rows (表头重复). */
    private static void dropRepeatedHeader(TableBlock prev, List<TableBlock.Row> rows) {
        int k = 0;
        while (k < rows.size() && k < prev.rows.size() - 1 && !rows.get(k).isBlank()
                && Arrays.equals(rows.get(k).text, prev.rows.get(k).text)) {
            k++;
        }
        rows.subList(0, k).clear();
    }

    /**
     * Whether the first row of the new piece is the rest of the previous piece's last row: the same cell layout,
     * no value in it (number or zero mark such as {@code /}), and empty exactly where the last row has values.
     */
    static boolean isSplitRow(TableBlock.Row last, TableBlock.Row first) {
        if (!Arrays.equals(last.start, first.start)) {
            return false;
        }
        boolean lastHasNumber = false;
        for (int c = 0; c < first.text.length; c++) {
            if (isValue(first.text[c])) {
                return false;
            }
            if (isValue(last.text[c])) {
                lastHasNumber = true;
                if (!first.text[c].isEmpty()) {
                    return false;
                }
            }
        }
        return lastHasNumber;
    }

    private static void joinInto(TableBlock prev, TableBlock.Row last, TableBlock.Row first) {
        for (int c = 0; c < first.text.length; c++) {
            if (!first.text[c].isEmpty()) {
                TableBlock.Row target = prev.rows.get(last.owner[c]);
                target.text[c] = TextCleanup.clean(TextAssembler.joinLines(List.of(target.text[c], first.text[c])));
                OcrCells.joinInto(target, first, c);
            }
        }
    }

    /**
     * A merged label cell that starts at the top of the new piece, spans the same columns as the cell above the
     * break and does not start a new enumerated label is the rest of that cell: its text joins that cell.
     */
    private static void rejoinSplitLabels(TableBlock prev, TableBlock.Row last, List<TableBlock.Row> rows) {
        TableBlock.Row first = rows.get(0);
        for (int c = 0; c < first.text.length; c++) {
            String t = first.text[c];
            if (t.isEmpty() || first.span[c] < 2 || isValue(t) || ENUMERATED.matcher(t).matches()
                    || first.start[c] != c || last.start[c] != c || lastColumn(first, c) != lastColumn(last, c)) {
                continue;
            }
            TableBlock.Row target = prev.rows.get(last.owner[c]);
            if (target.text[c].isEmpty() || isValue(target.text[c])) {
                continue;
            }
            target.text[c] = TextCleanup.clean(TextAssembler.joinLines(List.of(target.text[c], t)));
            OcrCells.joinInto(target, first, c);
            first.text[c] = "";
        }
    }

    /** The last grid column of the merged cell that starts at column {@code c} of a row. */
    static int lastColumn(TableBlock.Row r, int c) {
        int k = c;
        while (k + 1 < r.start.length && r.start[k + 1] == c) {
            k++;
        }
        return k;
    }

    static boolean isNumber(String s) {
        return !s.isEmpty() && s.matches("[-+−]?[0-9０-９][0-9０-９,，.．]*(%|元|万元)?");
    }

    /** A number, or one of the marks printed for zero or "not applicable" ({@code /} {@code -} {@code —}). */
    static boolean isValue(String s) {
        return isNumber(s) || s.matches("[/／\\-－—–]+");
    }
}
