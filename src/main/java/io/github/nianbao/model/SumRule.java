package io.github.nianbao.model;

import java.util.List;
import java.util.Objects;

/**
 * One identity of a template's arithmetic: the cells of {@code left} add up to the cells of {@code right}. A total
 * and its parts is {@code [total] = [parts…]}; the 勾稽关系 of section 三 is {@code [一, 二] = [（七）, 四]}. All cells
 * are counts, never negative, which lets a search stop early.
 *
 * @param kind    which identity of the template this is (and the diagnostic it gives when broken)
 * @param left    codebook codes on the left side
 * @param right   codebook codes on the right side
 * @param flagged the cell a diagnostic about this rule names (a total)
 * @param label   where the rule applies, as printed (a row label, a column label or a group label)
 */
public record SumRule(Kind kind, List<String> left, List<String> right, String flagged, String label) {

    /** The identities of the templates. */
    public enum Kind {
        /** Section 三, per row: 总计 = the six applicant columns. Diagnostic {@code S3_ROW_SUM}. */
        S3_ROW_SUM(DiagnosticCode.S3_ROW_SUM),
        /** Section 三, per column: （七）总计 = the outcome rows （一）…（六）. Diagnostic {@code S3_TOTAL_SUM}. */
        S3_TOTAL_SUM(DiagnosticCode.S3_TOTAL_SUM),
        /** Section 三, per column: 一 + 二 = （七）总计 + 四 (the printed 勾稽关系). Diagnostic {@code S3_BALANCE}. */
        S3_BALANCE(DiagnosticCode.S3_BALANCE),
        /** Section 四, per group: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. Diagnostic {@code S4_GROUP_SUM}. */
        S4_GROUP_SUM(DiagnosticCode.S4_GROUP_SUM);

        private final DiagnosticCode diagnostic;

        Kind(DiagnosticCode diagnostic) {
            this.diagnostic = diagnostic;
        }

        /** The diagnostic a broken rule of this kind gives. */
        public DiagnosticCode diagnostic() {
            return diagnostic;
        }
    }

    public SumRule {
        Objects.requireNonNull(kind, "kind");
        left = List.copyOf(left);
        right = List.copyOf(right);
        Objects.requireNonNull(flagged, "flagged");
        Objects.requireNonNull(label, "label");
    }

    /** Every cell of the rule, left then right. */
    public List<String> cells() {
        if (right.isEmpty()) {
            return left;
        }
        java.util.ArrayList<String> all = new java.util.ArrayList<>(left.size() + right.size());
        all.addAll(left);
        all.addAll(right);
        return all;
    }

    /** Whether {@code code} takes part in the rule. */
    public boolean involves(String code) {
        return left.contains(code) || right.contains(code);
    }
}
