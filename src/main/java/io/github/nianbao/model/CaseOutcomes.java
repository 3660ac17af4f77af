package io.github.nianbao.model;

import java.util.Map;

/**
 * One group of section 四: cases by outcome.
 *
 * @param upheld    结果维持 (decision upheld)
 * @param corrected 结果纠正 (decision corrected)
 * @param other     其他结果 (other outcome)
 * @param pending   尚未审结 (not yet concluded)
 * @param total     总计
 */
public record CaseOutcomes(CellValue upheld, CellValue corrected, CellValue other, CellValue pending,
                           CellValue total) {

    static CaseOutcomes from(Map<String, CellValue> cells, ReviewGroup g) {
        return new CaseOutcomes(get(cells, g.code(CaseOutcome.UPHELD)), get(cells, g.code(CaseOutcome.CORRECTED)),
                get(cells, g.code(CaseOutcome.OTHER)), get(cells, g.code(CaseOutcome.PENDING)),
                get(cells, g.code(CaseOutcome.TOTAL)));
    }

    private static CellValue get(Map<String, CellValue> cells, String code) {
        CellValue v = cells.get(code);
        return v == null ? CellValue.missing(code) : v;
    }
}
