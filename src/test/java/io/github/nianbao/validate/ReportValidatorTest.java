package io.github.nianbao.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Nianbao;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Severity;
import io.github.nianbao.model.Template;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template's own arithmetic as diagnostics, on a real report's text with one printed number changed. */
class ReportValidatorTest {

    private static final String NEW_ROW = "一、本年新收政府信息公开申请数量\t7\t2\t3\t2\t0\t3\t17";
    private static final String CARRIED_IN_ROW = "二、上年结转政府信息公开申请数量\t0\t0\t0\t1\t0\t0\t1";

    private static String r9001() throws IOException {
        String text = Files.readString(Path.of("testdata/golden/r9001/r9001.txt"), StandardCharsets.UTF_8);
        assertTrue(text.contains(NEW_ROW) && text.contains(CARRIED_IN_ROW), "the fixture's rows");
        return text;
    }

    private static List<Diagnostic> withCode(AnnualReport r, DiagnosticCode code) {
        return r.diagnostics().stream().filter(d -> d.code() == code).toList();
    }

    @Test
    void aBalancedReportHasNoBalanceDiagnostic() throws IOException {
        AnnualReport r = Nianbao.parseText(r9001());
        assertEquals(List.of(), r.diagnostics());
        assertEquals(List.of(), ReportValidator.validate(r));
    }

    @Test
    void s3BalanceNamesTheColumnsThatDoNotAddUpAndKeepsThePrintedNumbers() throws IOException {
        // 自然人 7 → 8 and 总计 17 → 18: the row still adds up, but 一 + 二 ≠ （七）总计 + 四 in those two columns
        String text = r9001().replace(NEW_ROW, "一、本年新收政府信息公开申请数量\t8\t2\t3\t2\t0\t3\t18")
                .replace("共受理政府信息公开申请17件", "共受理政府信息公开申请18件");
        AnnualReport r = Nianbao.parseText(text);
        List<Diagnostic> balance = withCode(r, DiagnosticCode.S3_BALANCE);
        assertEquals(List.of("s3_total_natural", "s3_total_total"), balance.stream().map(Diagnostic::cell).toList());
        Diagnostic natural = balance.get(0);
        assertEquals(Severity.WARNING, natural.severity());
        assertEquals("column 自然人: 一、本年新收 + 二、上年结转 = 8 + 0 = 8, but （七）总计 + 四、结转下年度 = 7 + 0 = 7",
                natural.message());
        assertEquals(90, natural.location().line(), "the diagnostic points at the （七）总计 row");
        assertEquals(List.of(DiagnosticCode.S3_BALANCE, DiagnosticCode.S3_BALANCE),
                r.diagnostics().stream().map(Diagnostic::code).toList(), "nothing else is reported");
        assertEquals(new BigDecimal("8"), r.value("s3_new_natural"), "numbers are never changed");
        assertEquals(new BigDecimal("18"), r.value("s3_new_total"));
        assertEquals(new BigDecimal("7"), r.value("s3_total_natural"));
        assertEquals(balance, withCode(Nianbao.parseText(text), DiagnosticCode.S3_BALANCE), "deterministic");
        assertEquals(balance, ReportValidator.validate(r).stream().filter(d -> d.code() == DiagnosticCode.S3_BALANCE)
                .toList(), "validate(report) finds the same");
    }

    @Test
    void compareYearsAcceptsACarryOverThatMatches() throws IOException {
        AnnualReport previous = Nianbao.parseText(r9001());
        AnnualReport current = Nianbao.parseText(r9001().replace(CARRIED_IN_ROW,
                "二、上年结转政府信息公开申请数量\t" + carriedOut(previous)));
        assertEquals(List.of(), ReportValidator.compareYears(previous, current));
    }

    @Test
    void compareYearsReportsEachColumnThatDiffers() throws IOException {
        AnnualReport previous = Nianbao.parseText(r9001());
        String[] out = carriedOut(previous).split("\t");
        out[1] = String.valueOf(Integer.parseInt(out[1]) + 5); // 商业企业
        AnnualReport current = Nianbao.parseText(r9001().replace(CARRIED_IN_ROW,
                "二、上年结转政府信息公开申请数量\t" + String.join("\t", out)));
        List<Diagnostic> d = ReportValidator.compareYears(previous, current);
        assertEquals(1, d.size(), d::toString);
        assertEquals(DiagnosticCode.YEAR_CARRY_OVER, d.get(0).code());
        assertEquals(Severity.WARNING, d.get(0).severity());
        assertEquals("s3_carried_in_business", d.get(0).cell());
        assertTrue(d.get(0).message().contains("is " + out[1] + " but the previous year's report carried over "
                + (Integer.parseInt(out[1]) - 5)), d.get(0).message());
        assertEquals(58, d.get(0).location().line(), "points at the current report's 上年结转 row");
    }

    @Test
    void compareYearsSkipsCellsWithoutAValue() throws IOException {
        AnnualReport legacy = new AnnualReport(null, null, Template.LEGACY, null, null, Map.of(), List.of());
        AnnualReport report = Nianbao.parseText(r9001());
        assertEquals(List.of(), ReportValidator.compareYears(legacy, report));
        assertEquals(List.of(), ReportValidator.compareYears(report, legacy));
    }

    /** The previous report's 四、结转下年度 row, tab-separated, in the template's column order. */
    private static String carriedOut(AnnualReport r) {
        StringBuilder sb = new StringBuilder();
        for (String a : List.of("natural", "business", "research", "ngo", "legal", "otherorg", "total")) {
            BigDecimal v = r.value("s3_carried_out_" + a);
            sb.append(sb.length() == 0 ? "" : "\t").append(v.toPlainString());
        }
        return sb.toString();
    }
}
