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
        return new ReviewAndLitigation(CaseOutcomes.from(cells, "s4_recon"),
                CaseOutcomes.from(cells, "s4_suit_direct"), CaseOutcomes.from(cells, "s4_suit_after"));
    }
}
