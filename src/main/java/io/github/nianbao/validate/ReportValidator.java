package io.github.nianbao.validate;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Applicant;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.RequestRow;
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

    private static final RequestRow[] OUTCOMES = {
        RequestRow.GRANTED, RequestRow.PARTIAL,
        RequestRow.DENY_STATE_SECRET, RequestRow.DENY_OTHER_LAW, RequestRow.DENY_SAFETY, RequestRow.DENY_THIRD_PARTY,
        RequestRow.DENY_INTERNAL, RequestRow.DENY_PROCESS, RequestRow.DENY_CASE_FILE, RequestRow.DENY_QUERY,
        RequestRow.UNABLE_NOT_HELD, RequestRow.UNABLE_NEEDS_CREATION, RequestRow.UNABLE_UNCLEAR,
        RequestRow.REJECT_PETITION, RequestRow.REJECT_REPEAT, RequestRow.REJECT_PUBLICATION, RequestRow.REJECT_MASS,
        RequestRow.REJECT_CONFIRMATION};
    private static final RequestRow[] OTHER_SUBROWS = {
        RequestRow.OTHER_NO_CORRECTION, RequestRow.OTHER_NO_FEE, RequestRow.OTHER_MISC};
    private static final String[] S4_GROUPS = {"s4_recon", "s4_suit_direct", "s4_suit_after"};
    /** Per group of {@link #S4_GROUPS}: the codes of 结果维持, 结果纠正, 其他结果, 尚未审结 and 总计. */
    private static final String[][] S4_CODES = new String[S4_GROUPS.length][];
    private static final String[] S4_GROUP_LABELS = {"行政复议", "行政诉讼/未经复议直接起诉", "行政诉讼/复议后起诉"};
    private static final String[] PROSE_VERBS = {"受理", "收到", "新收", "接收"};
    private static final Pattern PROSE_REQUESTS = Pattern.compile(
            "(?:受理|收到|新收|接收)[^。；;，,]{0,24}?(?:政府信息公开)?申请(?:共计|共|合计)?\\s*([0-9０-９]+)\\s*(?:件|个|份)");

    static {
        for (int g = 0; g < S4_GROUPS.length; g++) {
            String p = S4_GROUPS[g];
            S4_CODES[g] = new String[] {(p + "_upheld").intern(), (p + "_corrected").intern(),
                (p + "_other").intern(), (p + "_pending").intern(), (p + "_total").intern()};
        }
    }

    private ReportValidator() {
    }

    /** Checks rules 1–4 and 6 on a report's cells; {@code prose} is the overview text (may be null). */
    public static List<Diagnostic> validate(Map<String, CellValue> cells, String prose) {
        List<Diagnostic> out = new ArrayList<>();
        Cells c = new Cells(cells);
        if (c.has("s3_new_natural") || c.has("s3_total_total")) {
            checkBalance(c, out);
            checkOutcomeTotals(c, out);
            checkRowSums(c, out);
        }
        checkSection4(c, out);
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
                out.add(Diagnostic.warning(DiagnosticCode.YEAR_CARRY_OVER, "二、上年结转 (" + a.label() + ") is " + plain(in.value())
                        + " but the previous year's report carried over " + plain(before), in.location(),
                        in.code()));
            }
        }
        return out;
    }

    private static void checkBalance(Cells c, List<Diagnostic> out) {
        for (Applicant a : Applicant.values()) {
            BigDecimal n = c.v(RequestRow.NEW, a);
            BigDecimal in = c.v(RequestRow.CARRIED_IN, a);
            BigDecimal total = c.v(RequestRow.TOTAL, a);
            BigDecimal carried = c.v(RequestRow.CARRIED_OUT, a);
            if (n == null || in == null || total == null || carried == null) {
                continue;
            }
            if (n.add(in).compareTo(total.add(carried)) != 0) {
                String code = RequestRow.TOTAL.code(a);
                out.add(Diagnostic.warning(DiagnosticCode.S3_BALANCE, "column " + a.label() + ": 一、本年新收 + 二、上年结转 = "
                        + plain(n) + " + " + plain(in) + " = " + plain(n.add(in)) + ", but （七）总计 + 四、结转下年度 = "
                        + plain(total) + " + " + plain(carried) + " = " + plain(total.add(carried)),
                        c.where(code), code));
            }
        }
    }

    private static void checkOutcomeTotals(Cells c, List<Diagnostic> out) {
        for (Applicant a : Applicant.values()) {
            BigDecimal total = c.v(RequestRow.TOTAL, a);
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = total != null;
            for (RequestRow r : OUTCOMES) {
                BigDecimal v = c.v(r, a);
                complete &= v != null;
                sum = v == null ? sum : sum.add(v);
            }
            BigDecimal other = otherSum(c, a);
            if (!complete || other == null) {
                continue;
            }
            sum = sum.add(other);
            if (sum.compareTo(total) != 0) {
                String code = RequestRow.TOTAL.code(a);
                out.add(Diagnostic.warning(DiagnosticCode.S3_TOTAL_SUM, "column " + a.label() + ": （七）总计 is " + plain(total)
                        + " but （一）…（六） add up to " + plain(sum), c.where(code), code));
            }
        }
    }

    /** （六）其他处理: the three F2021 sub-rows if printed, else F2019's single row; null if neither is complete. */
    private static BigDecimal otherSum(Cells c, Applicant a) {
        if (c.has(RequestRow.OTHER_NO_CORRECTION.code(a))) {
            BigDecimal sum = BigDecimal.ZERO;
            for (RequestRow r : OTHER_SUBROWS) {
                BigDecimal v = c.v(r, a);
                if (v == null) {
                    return null;
                }
                sum = sum.add(v);
            }
            return sum;
        }
        return c.v(RequestRow.OTHER, a);
    }

    private static void checkRowSums(Cells c, List<Diagnostic> out) {
        for (RequestRow r : RequestRow.values()) {
            BigDecimal total = c.v(r, Applicant.TOTAL);
            if (total == null) {
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = true;
            for (Applicant a : Applicant.values()) {
                if (a == Applicant.TOTAL) {
                    continue;
                }
                BigDecimal v = c.v(r, a);
                complete &= v != null;
                sum = v == null ? sum : sum.add(v);
            }
            if (complete && sum.compareTo(total) != 0) {
                String code = r.code(Applicant.TOTAL);
                out.add(Diagnostic.warning(DiagnosticCode.S3_ROW_SUM, "row " + r.label() + ": 总计 is " + plain(total)
                        + " but the six applicant columns add up to " + plain(sum), c.where(code), code));
            }
        }
    }

    private static void checkSection4(Cells c, List<Diagnostic> out) {
        for (int g = 0; g < S4_GROUPS.length; g++) {
            String[] codes = S4_CODES[g];
            String totalCode = codes[4];
            BigDecimal total = c.v(totalCode);
            BigDecimal sum = BigDecimal.ZERO;
            boolean complete = total != null;
            for (int o = 0; o < 4; o++) {
                BigDecimal v = c.v(codes[o]);
                complete &= v != null;
                sum = v == null ? sum : sum.add(v);
            }
            if (complete && sum.compareTo(total) != 0) {
                out.add(Diagnostic.warning(DiagnosticCode.S4_GROUP_SUM, S4_GROUP_LABELS[g] + ": 总计 is " + plain(total)
                        + " but 结果维持 + 结果纠正 + 其他结果 + 尚未审结 = " + plain(sum), c.where(totalCode),
                        totalCode));
            }
        }
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
            out.add(Diagnostic.warning(DiagnosticCode.PROSE_TOTAL_MISMATCH, "the text says \"" + m.group() + "\" but the table's "
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

        BigDecimal v(RequestRow r, Applicant a) {
            return v(r.code(a));
        }

        Location where(String code) {
            CellValue v = map.get(code);
            return v == null ? Location.UNKNOWN : v.location();
        }
    }
}
