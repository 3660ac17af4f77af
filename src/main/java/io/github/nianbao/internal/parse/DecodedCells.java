package io.github.nianbao.internal.parse;

import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Writes what {@link TableDecoder} kept into the report's cells: a cell on which every kept reading agrees gets that
 * value; a cell on which they differ is null with a WARNING naming it and its possible values. Each row read by the
 * sums is named by a diagnostic, so that no number decided from text without a grid goes unmarked.
 */
final class DecodedCells {

    private DecodedCells() {
    }

    static void write(List<TableDecoder.Unit> units, List<String> tokens, TableDecoder.Result result,
                      CellTable cells, DiagnosticList diagnostics) {
        for (int u = 0; u < units.size(); u++) {
            TableDecoder.Unit unit = units.get(u);
            List<Reading> kept = result.kept().get(u);
            if (unit.readings().isEmpty()) {
                gaveUp(unit, tokens.get(u), cells, diagnostics);
                continue;
            }
            boolean decided = write(unit, kept, tokens.get(u), result.outcome(), cells, diagnostics);
            if (decided && unit.readings().size() > 1) {
                note(unit, kept.get(0), tokens.get(u), result, diagnostics);
            } else if (decided && kept.get(0).cost() > 0) {
                repaired(unit, kept.get(0), tokens.get(u), diagnostics);
            }
        }
    }

    /** Writes one unit's cells; whether every cell was decided. */
    private static boolean write(TableDecoder.Unit unit, List<Reading> kept, String tokens,
                                 TableDecoder.Outcome outcome, CellTable cells, DiagnosticList diagnostics) {
        boolean all = true;
        for (int c = 0; c < unit.codes().size(); c++) {
            String code = unit.codes().get(c);
            Set<BigDecimal> values = new LinkedHashSet<>();
            for (Reading r : kept) {
                values.add(r.value(c) == null ? null : r.value(c).stripTrailingZeros());
            }
            Reading first = kept.get(0);
            Location where = first.location(c) == null || first.location(c).isUnknown() ? unit.where()
                    : first.location(c);
            if (values.size() == 1 && first.value(c) != null) {
                cells.put(code, new CellValue(code, first.value(c), first.raw(c), where));
                continue;
            }
            all = false;
            cells.put(code, new CellValue(code, null, null, unit.where()));
            if (values.size() == 1) {
                diagnostics.error(DiagnosticCode.CELL_MISSING, "row \"" + unit.label() + "\": no value could be "
                        + "read from \"" + tokens + "\"", unit.where(), code);
            } else {
                DiagnosticCode why = outcome == TableDecoder.Outcome.TOO_MANY ? DiagnosticCode.DECODE_GAVE_UP
                        : DiagnosticCode.DECODE_AMBIGUOUS;
                diagnostics.warning(why, "row \"" + unit.label() + "\": the text \"" + tokens + "\" gives "
                        + alternatives(values) + " for this cell and the table's sums do not decide; it is null",
                        unit.where(), code);
            }
        }
        return all;
    }

    private static void note(TableDecoder.Unit unit, Reading r, String tokens, TableDecoder.Result result,
                             DiagnosticList diagnostics) {
        for (String code : rowHeads(unit.codes())) {
            if (result.outcome() == TableDecoder.Outcome.CONSISTENT && r.cost() == 0) {
                diagnostics.info(DiagnosticCode.DECODED_BY_ARITHMETIC, "row \"" + unit.label() + "\": \"" + tokens
                        + "\" read as " + r + ", the only reading under the table's sums", unit.where(), code);
            } else if (result.outcome() == TableDecoder.Outcome.CONSISTENT) {
                repaired(unit, r, tokens, diagnostics);
                return;
            } else {
                String rule = result.dropped() == null ? "one of them" : result.dropped().kind() + " ("
                        + result.dropped().label() + ")";
                diagnostics.warning(DiagnosticCode.DECODE_ONE_RULE_BROKEN, "row \"" + unit.label() + "\": \""
                        + tokens + "\" read as " + r + "; the printed numbers break the table's sums, this reading "
                        + "satisfies all but " + rule, unit.where(), code);
            }
        }
    }

    private static void repaired(TableDecoder.Unit unit, Reading r, String tokens, DiagnosticList diagnostics) {
        for (String code : rowHeads(unit.codes())) {
            diagnostics.warning(DiagnosticCode.TEXT_NODES_REPAIRED, "row \"" + unit.label() + "\": \"" + tokens
                    + "\" read as " + r + " (numbers cut over lines re-joined, or lines a crawler merged restored)",
                    unit.where(), code);
        }
    }

    private static void gaveUp(TableDecoder.Unit unit, String tokens, CellTable cells, DiagnosticList diagnostics) {
        for (String code : unit.codes()) {
            cells.put(code, new CellValue(code, null, null, unit.where()));
            diagnostics.warning(DiagnosticCode.DECODE_GAVE_UP, "row \"" + unit.label() + "\": too many ways to read \""
                    + tokens + "\"; the cell is null", unit.where(), code);
        }
    }

    /** The first code of each row among {@code codes} (section 四's one unit spans three groups). */
    private static List<String> rowHeads(List<String> codes) {
        List<String> out = new ArrayList<>();
        Set<String> rows = new LinkedHashSet<>();
        for (String c : codes) {
            if (rows.add(c.substring(0, c.lastIndexOf('_')))) {
                out.add(c);
            }
        }
        return out;
    }

    private static String alternatives(Set<BigDecimal> values) {
        StringBuilder sb = new StringBuilder();
        int n = 0;
        for (BigDecimal v : values) {
            if (n++ == 6) {
                sb.append(" or …");
                break;
            }
            sb.append(sb.length() == 0 ? "" : " or ").append(v == null ? "nothing" : v.toPlainString());
        }
        return sb.toString();
    }
}
