package io.github.nianbao.validate;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Applicant;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.RequestRow;
import io.github.nianbao.model.SumRule;
import io.github.nianbao.model.TemplateArithmetic;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The arithmetic every correct report satisfies (勾稽关系 and sums, from the template itself), as diagnostics.
 * Numbers are never changed: a report that does not add up is real data, and the diagnostic says where.
 *
 * <ol>
 * <li>{@code S3_BALANCE}: per column, 一 + 二 = （七）总计 + 四 (the 勾稽关系 printed in the table).</li>
 * <li>{@code S3_TOTAL_SUM}: per column, （七）总计 = the sum of all outcomes （一）…（六）.</li>
 * <li>{@code S3_ROW_SUM}: per row, 总计 = the six applicant columns.</li>
 * <li>{@code S4_GROUP_SUM}: per group of section 四, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结.</li>
 * <li>{@code YEAR_CARRY_OVER} ({@link #compareYears}): 二、上年结转 of year N = 四、结转下年度 of year N−1.</li>
 * <li>{@code PROSE_TOTAL_MISMATCH}: the number of requests stated in the prose differs from the table.</li>
 * </ol>
 * Rules 1–4 and 6 are {@link io.github.nianbao.model.Severity#WARNING}; cells without a value are skipped (they
 * already carry an ERROR).
 */
public final class ReportValidator {

    private static final String[] PROSE_VERBS = {"受理", "收到", "新收", "接收"};
    private static final Pattern PROSE_REQUESTS = Pattern.compile(
            "(?:受理|收到|新收|接收)[^。；;，,]{0,24}?(?:政府信息公开)?申请(?:共计|共|合计)?\\s*([0-9０-９]+)\\s*(?:件|个|份)");

    private ReportValidator() {
    }

    /** Checks rules 1–4 and 6 on a report's cells; {@code prose} is the overview text (may be null). */
    public static List<Diagnostic> validate(Map<String, CellValue> cells, String prose) {
        List<Diagnostic> out = new ArrayList<>();
        Cells c = new Cells(cells);
        boolean requests = c.has(RequestRow.NEW.code(Applicant.NATURAL)) || c.has(RequestRow.TOTAL.code(Applicant.TOTAL));
        for (SumRule rule : TemplateArithmetic.forPrinted(c::has)) {
            if (rule.kind() != SumRule.Kind.S4_GROUP_SUM && !requests) {
                continue;
            }
            check(rule, c, out);
        }
        checkProse(c, prose, out);
        return out;
    }

    /** Checks rules 1–6 on a finished report (the parser has already done this; use it after editing data). */
    public static List<Diagnostic> validate(AnnualReport report) {
        return validate(report.cells(), report.narrative().overview());
    }

    /** Rule 5: what {@code previous} (year N−1) carried over must be what {@code current} (year N) took in. */
    public static List<Diagnostic> compareYears(AnnualReport previous, AnnualReport current) {
        List<Diagnostic> out = new ArrayList<>();
        for (Applicant a : Applicant.values()) {
            BigDecimal before = previous.value(RequestRow.CARRIED_OUT.code(a));
            CellValue in = current.cell(RequestRow.CARRIED_IN.code(a));
            if (before != null && in.value() != null && before.compareTo(in.value()) != 0) {
                out.add(Diagnostic.warning(DiagnosticCode.YEAR_CARRY_OVER,
                        "二、上年结转 (" + a.label() + ") is " + plain(in.value())
                        + " but the previous year's report carried over " + plain(before), in.location(),
                        in.code()));
            }
        }
        return out;
    }

    /** Adds a WARNING when every cell of {@code rule} has a value and the two sides differ. */
    private static void check(SumRule rule, Cells c, List<Diagnostic> out) {
        BigDecimal[] left = c.values(rule.left());
        BigDecimal[] right = c.values(rule.right());
        if (left == null || right == null) {
            return;
        }
        BigDecimal l = sum(left);
        BigDecimal r = sum(right);
        if (l.compareTo(r) != 0) {
            out.add(Diagnostic.warning(rule.kind().diagnostic(), message(rule, left, right, l, r),
                    c.where(rule.flagged()), rule.flagged()));
        }
    }

    /** A sentence for a broken rule, quoting the labels as printed. */
    static String message(SumRule rule, BigDecimal[] left, BigDecimal[] right, BigDecimal l, BigDecimal r) {
        return switch (rule.kind()) {
            case S3_BALANCE -> "column " + rule.label() + ": 一、本年新收 + 二、上年结转 = " + plain(left[0]) + " + "
                    + plain(left[1]) + " = " + plain(l) + ", but （七）总计 + 四、结转下年度 = " + plain(right[0])
                    + " + " + plain(right[1]) + " = " + plain(r);
            case S3_TOTAL_SUM -> "column " + rule.label() + ": （七）总计 is " + plain(l) + " but （一）…（六） add up to "
                    + plain(r);
            case S3_ROW_SUM -> "row " + rule.label() + ": 总计 is " + plain(l)
                    + " but the six applicant columns add up to " + plain(r);
            case S4_GROUP_SUM -> rule.label() + ": 总计 is " + plain(l) + " but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = "
                    + plain(r);
        };
    }

    private static BigDecimal sum(BigDecimal[] values) {
        BigDecimal s = BigDecimal.ZERO;
        for (BigDecimal v : values) {
            s = s.add(v);
        }
        return s;
    }

    private static void checkProse(Cells c, String prose, List<Diagnostic> out) {
        BigDecimal table = c.v("s3_new_total");
        if (prose == null || table == null) {
            return;
        }
        int from = firstVerb(prose);
        Matcher m = PROSE_REQUESTS.matcher(prose);
        if (from < 0 || !m.find(from)) {
            return;
        }
        BigDecimal said = new BigDecimal(toAscii(m.group(1)));
        BigDecimal in = c.v("s3_carried_in_total");
        boolean matches = said.compareTo(table) == 0 || in != null && said.compareTo(table.add(in)) == 0;
        if (!matches) {
            out.add(Diagnostic.warning(DiagnosticCode.PROSE_TOTAL_MISMATCH,
                    "the text says \"" + m.group() + "\" but the table's "
                    + "一、本年新收 总计 is " + plain(table), c.where("s3_new_total"), "s3_new_total"));
        }
    }

    /** Where the first 受理/收到/新收/接收 is (every match of {@link #PROSE_REQUESTS} starts there or later), or -1. */
    private static int firstVerb(String prose) {
        int first = -1;
        for (String verb : PROSE_VERBS) {
            int i = prose.indexOf(verb);
            if (i >= 0 && (first < 0 || i < first)) {
                first = i;
            }
        }
        return first;
    }

    private static String toAscii(String digits) {
        StringBuilder sb = new StringBuilder();
        for (char ch : digits.toCharArray()) {
            sb.append(ch >= '０' && ch <= '９' ? (char) ('0' + ch - '０') : ch);
        }
        return sb.toString();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    /** Cell access by code. */
    private record Cells(Map<String, CellValue> map) {

        boolean has(String code) {
            CellValue v = map.get(code);
            return v != null && v.isPrinted();
        }

        BigDecimal v(String code) {
            CellValue v = map.get(code);
            return v == null ? null : v.value();
        }

        /** The values of {@code codes}, or null when one of them has none. */
        BigDecimal[] values(List<String> codes) {
            BigDecimal[] out = new BigDecimal[codes.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = v(codes.get(i));
                if (out[i] == null) {
                    return null;
                }
            }
            return out;
        }

        Location where(String code) {
            CellValue v = map.get(code);
            return v == null ? Location.UNKNOWN : v.location();
        }
    }
}
