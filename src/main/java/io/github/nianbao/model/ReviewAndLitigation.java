package io.github.nianbao.model;

import java.util.Map;

/**
 * Section 四, 政府信息公开行政复议、行政诉讼情况: administrative reconsideration (行政复议) and administrative
 * litigation (行政诉讼) about disclosure.
 *
 * @param reconsideration          行政复议 (administrative reconsideration)
 * @param directLitigation         行政诉讼/未经复议直接起诉 (litigation without prior reconsideration)
 * @param litigationAfterReconsideration 行政诉讼/复议后起诉 (litigation after reconsideration)
 */
public record ReviewAndLitigation(CaseOutcomes reconsideration, CaseOutcomes directLitigation,
                                  CaseOutcomes litigationAfterReconsideration) {

    static ReviewAndLitigation from(Map<String, CellValue> cells) {
        return new ReviewAndLitigation(CaseOutcomes.from(cells, ReviewGroup.RECONSIDERATION),
                CaseOutcomes.from(cells, ReviewGroup.DIRECT_LITIGATION),
                CaseOutcomes.from(cells, ReviewGroup.LITIGATION_AFTER_RECONSIDERATION));
    }
}
