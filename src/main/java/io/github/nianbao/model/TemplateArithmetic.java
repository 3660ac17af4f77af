package io.github.nianbao.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Predicate;

/**
 * The arithmetic of the templates as data: every {@link SumRule} a correct report satisfies, by codebook code. The
 * parser's table decoder and {@link io.github.nianbao.validate.ReportValidator} use the same rules.
 *
 * <p>Section 三's （六）其他处理 comes in two layouts: the three sub-rows of F2021 or F2019's single row. Either may be
 * printed in either era, so the rules are given per layout ({@link #rules(OtherLayout)}) and chosen by what was
 * printed ({@link #forPrinted(Predicate)}).
 */
public final class TemplateArithmetic {

    /** Which rows of （六）其他处理 the outcome sums use. */
    public enum OtherLayout {
        /** F2021: 1.申请人无正当理由逾期不补正… 2.申请人逾期未按收费通知要求缴纳费用… 3.其他. */
        SUB_ROWS,
        /** F2019: one row. */
        SINGLE_ROW
    }

    private static final RequestRow[] OUTCOMES_BEFORE_OTHER = {
        RequestRow.GRANTED, RequestRow.PARTIAL,
        RequestRow.DENY_STATE_SECRET, RequestRow.DENY_OTHER_LAW, RequestRow.DENY_SAFETY, RequestRow.DENY_THIRD_PARTY,
        RequestRow.DENY_INTERNAL, RequestRow.DENY_PROCESS, RequestRow.DENY_CASE_FILE, RequestRow.DENY_QUERY,
        RequestRow.UNABLE_NOT_HELD, RequestRow.UNABLE_NEEDS_CREATION, RequestRow.UNABLE_UNCLEAR,
        RequestRow.REJECT_PETITION, RequestRow.REJECT_REPEAT, RequestRow.REJECT_PUBLICATION, RequestRow.REJECT_MASS,
        RequestRow.REJECT_CONFIRMATION};
    private static final RequestRow[] OTHER_SUB_ROWS = {
        RequestRow.OTHER_NO_CORRECTION, RequestRow.OTHER_NO_FEE, RequestRow.OTHER_MISC};

    private static final List<SumRule> SUB_ROWS = build(OtherLayout.SUB_ROWS);
    private static final List<SumRule> SINGLE_ROW = build(OtherLayout.SINGLE_ROW);
    private static final List<SumRule> REVIEW = buildReview();

    private TemplateArithmetic() {
    }

    /** Every rule of sections 三 and 四 for one layout of （六）: balance, outcome sums, row sums, group sums. */
    public static List<SumRule> rules(OtherLayout layout) {
        return layout == OtherLayout.SUB_ROWS ? SUB_ROWS : SINGLE_ROW;
    }

    /** The rules for a report: the sub-row layout when its first sub-row was printed, else the single row. */
    public static List<SumRule> forPrinted(Predicate<String> printed) {
        return rules(printed.test(RequestRow.OTHER_NO_CORRECTION.code(Applicant.NATURAL))
                ? OtherLayout.SUB_ROWS : OtherLayout.SINGLE_ROW);
    }

    /** The rows of section 三 that carry numbers in a layout, in printed order. */
    public static List<RequestRow> requestRows(OtherLayout layout) {
        List<RequestRow> out = new ArrayList<>();
        for (RequestRow r : RequestRow.values()) {
            boolean sub = r == RequestRow.OTHER_NO_CORRECTION || r == RequestRow.OTHER_NO_FEE
                    || r == RequestRow.OTHER_MISC;
            if (r == RequestRow.OTHER ? layout == OtherLayout.SINGLE_ROW : !sub || layout == OtherLayout.SUB_ROWS) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The rules of section 三 only. */
    public static List<SumRule> requestRules(OtherLayout layout) {
        List<SumRule> out = new ArrayList<>();
        for (SumRule r : rules(layout)) {
            if (r.kind() != SumRule.Kind.S4_GROUP_SUM) {
                out.add(r);
            }
        }
        return Collections.unmodifiableList(out);
    }

    /** The rules of section 四 only. */
    public static List<SumRule> reviewRules() {
        return REVIEW;
    }

    private static List<SumRule> build(OtherLayout layout) {
        List<SumRule> out = new ArrayList<>();
        for (Applicant a : Applicant.values()) {
            out.add(new SumRule(SumRule.Kind.S3_BALANCE,
                    List.of(RequestRow.NEW.code(a), RequestRow.CARRIED_IN.code(a)),
                    List.of(RequestRow.TOTAL.code(a), RequestRow.CARRIED_OUT.code(a)),
                    RequestRow.TOTAL.code(a), a.label()));
        }
        for (Applicant a : Applicant.values()) {
            List<String> parts = new ArrayList<>();
            for (RequestRow r : OUTCOMES_BEFORE_OTHER) {
                parts.add(r.code(a));
            }
            if (layout == OtherLayout.SUB_ROWS) {
                for (RequestRow r : OTHER_SUB_ROWS) {
                    parts.add(r.code(a));
                }
            } else {
                parts.add(RequestRow.OTHER.code(a));
            }
            out.add(new SumRule(SumRule.Kind.S3_TOTAL_SUM, List.of(RequestRow.TOTAL.code(a)), parts,
                    RequestRow.TOTAL.code(a), a.label()));
        }
        for (RequestRow r : RequestRow.values()) {
            List<String> parts = new ArrayList<>();
            for (Applicant a : Applicant.values()) {
                if (a != Applicant.TOTAL) {
                    parts.add(r.code(a));
                }
            }
            out.add(new SumRule(SumRule.Kind.S3_ROW_SUM, List.of(r.code(Applicant.TOTAL)), parts,
                    r.code(Applicant.TOTAL), r.label()));
        }
        out.addAll(buildReview());
        return List.copyOf(out);
    }

    private static List<SumRule> buildReview() {
        List<SumRule> out = new ArrayList<>();
        for (ReviewGroup g : ReviewGroup.values()) {
            out.add(new SumRule(SumRule.Kind.S4_GROUP_SUM, List.of(g.code(CaseOutcome.TOTAL)),
                    List.of(g.code(CaseOutcome.UPHELD), g.code(CaseOutcome.CORRECTED), g.code(CaseOutcome.OTHER),
                            g.code(CaseOutcome.PENDING)), g.code(CaseOutcome.TOTAL), g.label()));
        }
        return List.copyOf(out);
    }
}
