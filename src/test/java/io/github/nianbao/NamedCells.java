package io.github.nianbao;

import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Severity;
import java.util.List;

/**
 * The scorer's rule for a cell that is wrong or null: it is pointed out when an ERROR or WARNING names the cell, a
 * cell of its row, or a cell of its column (codes are {@code section_row_column}).
 */
public final class NamedCells {

    private NamedCells() {
    }

    /** Whether {@code diagnostics} point at the cell {@code code}. */
    public static boolean named(String code, List<Diagnostic> diagnostics) {
        String row = row(code);
        String column = column(code);
        for (Diagnostic d : diagnostics) {
            if (d.severity() == Severity.INFO || d.cell() == null) {
                continue;
            }
            String c = d.cell();
            if (c.equals(code) || row(c).equals(row) || column(c).equals(column)) {
                return true;
            }
        }
        return false;
    }

    private static String row(String code) {
        return code.substring(0, code.lastIndexOf('_'));
    }

    private static String column(String code) {
        return code.substring(0, code.indexOf('_')) + code.substring(code.lastIndexOf('_'));
    }
}
