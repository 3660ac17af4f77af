package io.github.nianbao.internal.parse;

import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.OcrReading;
import io.github.nianbao.model.SumRule;
import io.github.nianbao.model.TemplateArithmetic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the digits OCR was not sure of against the template's sums ({@link TemplateArithmetic}), the way a person
 * checks a scan: a doubtful cell in a sum that holds stands; where a sum fails, the OCR's next-best readings of its
 * doubtful cells are tried one cell at a time and one is taken only when it is the single reading that makes every
 * sum it is part of hold ({@code OCR_CORRECTED}, INFO, naming the cell); every doubtful cell neither confirmed nor
 * corrected is named by an {@code OCR_DOUBTFUL} WARNING. Cells read from a text layer are never touched.
 */
final class OcrArithmetic {

    /** Most rounds of corrections (each may complete a sum the next one needs). */
    private static final int ROUNDS = 4;

    private OcrArithmetic() {
    }

    /** The cells with the corrections made; diagnostics go to {@code diagnostics}. */
    static Map<String, CellValue> check(Map<String, CellValue> cells, DiagnosticList diagnostics) {
        if (cells.values().stream().noneMatch(c -> c.ocr() != null)) {
            return cells;
        }
        Map<String, CellValue> out = new LinkedHashMap<>(cells);
        List<SumRule> rules = TemplateArithmetic.forPrinted(code -> printed(out, code));
        for (int round = 0; round < ROUNDS; round++) {
            if (!correctOne(out, rules, diagnostics)) {
                break;
            }
        }
        for (CellValue c : out.values()) {
            if (isDoubtful(c) && !confirmed(out, rules, c.code())) {
                diagnostics.warning(DiagnosticCode.OCR_DOUBTFUL, doubtMessage(c, rules), c.location(), c.code());
            }
        }
        return out;
    }

    /**
     * Makes every correction that is the only way to make a broken sum hold; false when there was none. A
     * correction is a next-best reading of one doubtful, unconfirmed cell of the sum under which every complete
     * sum that cell is part of holds.
     */
    private static boolean correctOne(Map<String, CellValue> cells, List<SumRule> rules, DiagnosticList diagnostics) {
        boolean changed = false;
        for (SumRule rule : rules) {
            if (state(cells, rule) != State.BROKEN) {
                continue;
            }
            List<CellValue> fixes = new ArrayList<>();
            for (String code : rule.cells()) {
                CellValue c = cells.get(code);
                if (c == null || !isDoubtful(c) || confirmed(cells, rules, code)) {
                    continue;
                }
                for (OcrReading.Alternative a : c.ocr().alternatives()) {
                    ValueToken t = ValueToken.parse(a.text());
                    if (!t.isValue() || t.value().compareTo(c.value() == null ? BigDecimal.ONE.negate() : c.value())
                            == 0) {
                        continue;
                    }
                    CellValue fixed = new CellValue(code, t.value(), a.text(), c.location(), c.ocr());
                    if (allHold(cells, rules, fixed)) {
                        fixes.add(fixed);
                    }
                }
            }
            if (fixes.size() == 1) {
                CellValue fixed = fixes.get(0);
                CellValue was = cells.get(fixed.code());
                cells.put(fixed.code(), fixed);
                diagnostics.info(DiagnosticCode.OCR_CORRECTED, "OCR read \"" + was.raw() + "\" (confidence "
                        + percent(was.ocr().confidence()) + "); its next-best reading \"" + fixed.raw()
                        + "\" is the only one that makes " + rule.kind().diagnostic() + " (" + rule.label()
                        + ") and every other sum of this cell hold", fixed.location(), fixed.code());
                changed = true;
            }
        }
        return changed;
    }

    /** Whether every complete sum that {@code fixed}'s cell is part of holds once it has {@code fixed}'s value. */
    private static boolean allHold(Map<String, CellValue> cells, List<SumRule> rules, CellValue fixed) {
        Map<String, CellValue> trial = new LinkedHashMap<>(cells);
        trial.put(fixed.code(), fixed);
        boolean any = false;
        for (SumRule r : rules) {
            if (!r.involves(fixed.code())) {
                continue;
            }
            State s = state(trial, r);
            if (s == State.BROKEN) {
                return false;
            }
            any |= s == State.HOLDS;
        }
        return any;
    }

    /** Whether some complete sum that {@code code} is part of holds. */
    private static boolean confirmed(Map<String, CellValue> cells, List<SumRule> rules, String code) {
        for (SumRule r : rules) {
            if (r.involves(code) && state(cells, r) == State.HOLDS) {
                return true;
            }
        }
        return false;
    }

    private enum State { HOLDS, BROKEN, INCOMPLETE }

    private static State state(Map<String, CellValue> cells, SumRule rule) {
        BigDecimal left = sum(cells, rule.left());
        BigDecimal right = sum(cells, rule.right());
        if (left == null || right == null) {
            return State.INCOMPLETE;
        }
        return left.compareTo(right) == 0 ? State.HOLDS : State.BROKEN;
    }

    private static BigDecimal sum(Map<String, CellValue> cells, List<String> codes) {
        BigDecimal s = BigDecimal.ZERO;
        for (String code : codes) {
            CellValue c = cells.get(code);
            if (c == null || c.value() == null) {
                return null;
            }
            s = s.add(c.value());
        }
        return s;
    }

    private static boolean isDoubtful(CellValue c) {
        return c.ocr() != null && c.ocr().doubtful() && c.value() != null;
    }

    private static boolean printed(Map<String, CellValue> cells, String code) {
        CellValue c = cells.get(code);
        return c != null && c.isPrinted();
    }

    private static String doubtMessage(CellValue c, List<SumRule> rules) {
        StringBuilder sb = new StringBuilder("OCR read \"").append(c.raw()).append("\" (confidence ")
                .append(percent(c.ocr().confidence())).append(')');
        List<OcrReading.Alternative> alts = c.ocr().alternatives();
        if (!alts.isEmpty()) {
            sb.append(", other readings ");
            for (int i = 0; i < Math.min(3, alts.size()); i++) {
                sb.append(i > 0 ? ", " : "").append('"').append(alts.get(i).text()).append('"');
            }
        }
        boolean inRule = rules.stream().anyMatch(r -> r.involves(c.code()));
        sb.append(inRule ? "; the template's sums do not confirm it" : "; no sum of the template checks it");
        return sb.toString();
    }

    private static String percent(double confidence) {
        return Math.round(confidence * 100) + "%";
    }
}
