package io.github.nianbao.internal.parse;

import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.text.TextCell;
import io.github.nianbao.text.TextLine;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Section 三 printed with an eighth number column: a subtotal of the five 法人或其他组织 columns. It has no codebook
 * cell; it is found by its arithmetic — the one position where, in every row of eight numbers, the number equals the
 * five organisation columns around it and 总计 equals 自然人 plus it — and set aside, so that the other seven numbers
 * keep their columns. Rows of zeros fit any position; at least one row must decide, and (nearly) every row of
 * eight must fit.
 */
final class SubtotalColumn {

    private static final int WITH_SUBTOTAL = RequestTableParser.COLUMNS + 1;

    private SubtotalColumn() {
    }

    /** The rows with the subtotal column removed when one position fits every eight-number row; else as given. */
    static List<TableRow> remove(List<TableRow> rows, DiagnosticList diagnostics) {
        int[] fit = new int[WITH_SUBTOTAL];
        int[] deciding = new int[WITH_SUBTOTAL];
        int eight = 0;
        for (TableRow r : rows) {
            BigDecimal[] v = values(r);
            if (v == null) {
                continue;
            }
            eight++;
            for (int p = 1; p < WITH_SUBTOTAL - 1; p++) {
                if (fitsAt(v, p)) {
                    fit[p]++;
                    deciding[p] += v[p].signum() != 0 ? 1 : 0;
                }
            }
        }
        int found = -1;
        for (int p = 1; p < WITH_SUBTOTAL - 1; p++) {
            // (nearly) every row fits: a report's own sums may be broken in a row or two
            if (eight >= 3 && fit[p] * 10 >= eight * 8 && deciding[p] > 0) {
                found = found == -1 ? p : -2;
            }
        }
        if (found < 0) {
            return rows;
        }
        diagnostics.info(DiagnosticCode.S3_SUBTOTAL_COLUMN, "section 三 prints an eighth number column, the subtotal of "
                + "法人或其他组织 (column " + (found + 1) + " of the numbers); it was set aside", rows.get(0).location(),
                null);
        List<TableRow> out = new ArrayList<>(rows.size());
        for (TableRow r : rows) {
            out.add(values(r) == null ? r : without(r, found));
        }
        return out;
    }

    /** The eight numbers after the row's label, or null when the row is not eight numbers. */
    private static BigDecimal[] values(TableRow r) {
        if (r.labels().isEmpty()) {
            return null;
        }
        List<Tok> after = r.afterLabels();
        if (after.size() != WITH_SUBTOTAL) {
            return null;
        }
        BigDecimal[] v = new BigDecimal[WITH_SUBTOTAL];
        for (int i = 0; i < v.length; i++) {
            Tok t = after.get(i);
            if (!t.isValue() && !t.isBlank()) {
                return null;
            }
            v[i] = t.value().value(); // a blank cell is a zero printed as nothing
        }
        return v;
    }

    private static boolean fitsAt(BigDecimal[] v, int p) {
        BigDecimal organisations = BigDecimal.ZERO;
        for (int i = 1; i < WITH_SUBTOTAL - 1; i++) {
            if (i != p) {
                organisations = organisations.add(v[i]);
            }
        }
        return organisations.compareTo(v[p]) == 0 && v[0].add(v[p]).compareTo(v[WITH_SUBTOTAL - 1]) == 0;
    }

    private static TableRow without(TableRow r, int p) {
        List<TextCell> cells = new ArrayList<>(r.line().cells());
        int drop = cells.size() - WITH_SUBTOTAL + p;
        cells.remove(drop);
        return TableRow.of(new TextLine(r.line().kind(), cells, r.line().location()));
    }
}
