package io.github.nianbao.internal.parse;

import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The cells found so far, by codebook code. The first value found for a code wins; a second one is reported. */
final class CellTable {

    /** Sized for every code of the codebook without rehashing. */
    private final Map<String, CellValue> cells = new LinkedHashMap<>(Codebook.standard().allCodes().size() * 2);
    private final DiagnosticList diagnostics;

    CellTable(DiagnosticList diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** Records a token for {@code code}; a token that is not a number gives a null value and an ERROR. */
    void put(String code, Tok tok) {
        if (tok == null) {
            putMissing(code, null, "no cell was printed for it");
            return;
        }
        if (tok.isOffPage()) {
            putOffPage(code, tok.location());
            return;
        }
        BigDecimal v = tok.value().value();
        if (!tok.isValue() && !tok.isBlank()) {
            diagnostics.error(DiagnosticCode.CELL_UNREADABLE, "cell text \"" + tok.text() + "\" is not a number",
                    tok.location(), code);
        }
        put(code, new CellValue(code, tok.isLabel() ? null : v, tok.text(), tok.location(), tok.ocr()));
    }

    void put(String code, CellValue value) {
        CellValue old = cells.putIfAbsent(code, value);
        if (old == null) {
            return;
        }
        if (old.isPrinted()) {
            diagnostics.warning(DiagnosticCode.CELL_DUPLICATE, "the cell was printed twice; kept the first value ("
                    + old.raw() + " at " + old.location() + "), ignored \"" + value.raw() + "\"",
                    value.location(), code);
            return;
        }
        cells.put(code, value);
    }

    /** Records that a cell exists in the report but could not be read: null value, ERROR diagnostic. */
    void putMissing(String code, Location where, String why) {
        if (cells.containsKey(code)) {
            return;
        }
        cells.put(code, new CellValue(code, null, null, where));
        diagnostics.error(DiagnosticCode.CELL_MISSING, "no value: " + why, where, code);
    }

    /** Records that a cell lies beyond the page's edge: null value, WARNING diagnostic naming it. */
    void putOffPage(String code, Location where) {
        if (cells.containsKey(code)) {
            return;
        }
        cells.put(code, new CellValue(code, null, null, where));
        diagnostics.warning(DiagnosticCode.CELL_OFF_PAGE, "no value: the table was printed wider than its page and "
                + "this cell lies beyond the page's edge", where, code);
    }

    int size() {
        return cells.size();
    }

    boolean has(String code) {
        return cells.containsKey(code);
    }

    CellValue get(String code) {
        return cells.get(code);
    }

    Map<String, CellValue> asMap() {
        return cells;
    }
}
