package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Nianbao;
import io.github.nianbao.NianbaoException;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Severity;
import io.github.nianbao.model.Template;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Each damage that converters and offices do to the tables (templates.md, "What real documents do to the
 * tables"), applied to a real sample: the parsed values must not change, and no ERROR may appear.
 */
class RecoveryTest {

    static String sample(String id) throws IOException {
        return Files.readString(Path.of("testdata", "golden", id, id + ".txt"), StandardCharsets.UTF_8);
    }

    static AnnualReport parse(String text) throws NianbaoException {
        return Nianbao.parseText(text);
    }

    /** Applies {@code damage} to sample {@code id} and checks every cell is unchanged and no ERROR appears. */
    static AnnualReport assertSurvives(String id, UnaryOperator<String> damage) throws IOException {
        String original = sample(id);
        String damaged = damage.apply(original);
        assertFalse(damaged.equals(original), "the damage changed nothing");
        AnnualReport before = parse(original);
        AnnualReport after = parse(damaged);
        assertEquals(before.template(), after.template());
        for (Map.Entry<String, CellValue> e : before.cells().entrySet()) {
            BigDecimal want = e.getValue().value();
            BigDecimal got = after.value(e.getKey());
            assertTrue(want == null ? got == null : got != null && want.compareTo(got) == 0,
                    () -> e.getKey() + ": " + want + " became " + got + "\n" + after.diagnostics());
        }
        assertTrue(after.diagnostics(Severity.ERROR).isEmpty(), () -> "errors: " + after.diagnostics());
        return after;
    }

    static UnaryOperator<String> lines(UnaryOperator<String> perLine) {
        return text -> {
            StringBuilder sb = new StringBuilder();
            for (String l : text.split("\n", -1)) {
                sb.append(perLine.apply(l)).append('\n');
            }
            return sb.toString();
        };
    }

    @Test
    void lostLeadingCells() throws IOException {
        assertSurvives("haizhou-2024", lines(l -> l.contains("\t") ? l.replaceFirst("^\t+", "") : l));
        assertSurvives("r9002", lines(l -> l.contains("\t") ? l.replaceFirst("^\t+", "") : l));
    }

    @Test
    void pageBreakDebrisInsideTables() throws IOException {
        String[] debris = {"— 2 —", "-3-", "第 3 页 共 5 页", "", "- 4 -"};
        int[] n = {0};
        assertSurvives("r9005", lines(l -> l.matches("^\t*[（(].*\t.*") || l.startsWith("\t\t")
                ? l + "\n\n" + debris[n[0]++ % debris.length] + "\n" : l));
    }

    @Test
    void headerRowsSplitOverLines() throws IOException {
        assertSurvives("r9003", lines(l -> l.startsWith("\t自然人") ? "\t自然人\n\t法人或其他组织\n\t总计" : l));
    }

    @Test
    void labelsWrappedOntoTheNextLine() throws IOException {
        assertSurvives("r9001", text -> text.replace("（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t",
                "（二）部分公开（区分处理的，只计这一情形，不计\n其他情形）\t"));
    }

    @Test
    void numbersPushedOntoTheirOwnLine() throws IOException {
        assertSurvives("r9003", text -> text.replace("\t\t2.没有现成信息需要另行制作\t", "\t\t2.没有现成信息需要另行制作\n\t"));
    }

    @Test
    void zeroWrittenInEveryStyle() throws IOException {
        for (String zero : new String[] {"—", "-", "/", "无", "０", "0件", "——"}) {
            assertSurvives("r9006", lines(l -> l.contains("\t") ? l.replaceAll("(?<=\t)0(?=\t|$)", zero) : l));
        }
    }

    @Test
    void zeroAsBlankCells() throws IOException {
        AnnualReport r = assertSurvives("r9001", lines(l -> l.contains("\t") && !l.startsWith("信息内容")
                && !l.contains("第二十条") ? l.replaceAll("(?<=\t)0(?=\t|$)", "") : l));
        assertEquals("", r.cell("s3_granted_natural").raw());
    }

    @Test
    void fullWidthDigitsThousandsSeparatorsAndUnits() throws IOException {
        AnnualReport r = assertSurvives("r9001", text -> text.replace("行政许可\t1\t0\t2236", "行政许可\t１件\t0\t2,236")
                .replace("844.32", "８４４．３２万元"));
        assertEquals("2,236", r.cell("s2_license_decisions").raw());
        assertEquals(new BigDecimal("844.32"), r.value("s2_procure_amount"));
    }

    @Test
    void negativeNumbersKeepTheirSign() throws IOException {
        AnnualReport r = parse(sample("r9006"));
        assertEquals(new BigDecimal("-3"), r.value("s2_license_change"));
        assertEquals(new BigDecimal("-1"), r.value("s2_fees_change"));
        AnnualReport minus = assertSurvives("r9006", text -> text.replace("\t-1\n", "\t－1\n"));
        assertEquals(new BigDecimal("-1"), minus.value("s2_fees_change"));
    }

    @Test
    void bracketsNumberingSpacesAndQuotesVariants() throws IOException {
        assertSurvives("r9003", text -> text.replace("（一）", "(一)").replace("（七）", "( 七 )")
                .replace("1.属于国家秘密", "1、属于国家秘密").replace("2.其他", "2．其他").replace("“三安全一稳定”", "\"三安全一稳定\"")
                .replace("（七）总计", "（七）总 计").replace("一、本年新收", "一 、本年新收"));
    }

    @Test
    void labelTyposMatchByNumberingAndSimilarity() throws IOException {
        AnnualReport r = assertSurvives("r9003", text -> text.replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开")
                .replace("4.保护第三方合法权益", "4.保护第三方合法权意"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.LABEL_FUZZY));
    }

    @Test
    void strictModeRejectsTypos() throws IOException {
        String damaged = sample("r9003").replace("2.其他法律行政法规禁止公开", "2.其他法律行政止公开");
        AnnualReport r = Nianbao.parser(ParseOptions.STRICT).parseText(damaged, "strict");
        assertNull(r.value("s3_deny_law_natural"));
        assertTrue(r.hasErrors());
    }

    @Test
    void unrelatedLabelIsNotForcedOntoARow() throws IOException {
        String damaged = sample("r9003").replace("3.补正后申请内容仍不明确", "3.申请人撤回申请");
        AnnualReport r = parse(damaged);
        assertNull(r.value("s3_unable_unclear_natural"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.S3_ROW_UNKNOWN));
    }

    @Test
    void singleSpacesInsteadOfTabs() throws IOException {
        assertSurvives("r9002", lines(l -> l.matches("^\t*[一二四（0-9].*\t.*") ? l.replaceFirst("^\t+", "")
                .replace('\t', ' ') : l));
    }

    @Test
    void runTogetherDigitsSplitWhereTheRowTotalDecides() throws IOException {
        String text = sample("r9003").replace("二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t1\t1",
                "二、上年结转政府信息公开申请数量0000011");
        AnnualReport r = parse(text);
        assertEquals(new BigDecimal("1"), r.value("s3_carried_in_otherorg"));
        assertEquals(new BigDecimal("1"), r.value("s3_carried_in_total"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.DIGITS_SPLIT));
    }

    @Test
    void runTogetherDigitsWithSeveralSplitsAreUnreadable() throws IOException {
        String text = sample("r9003").replace("一、本年新收政府信息公开申请数量\t11\t0\t4\t5\t3\t2\t25",
                "一、本年新收政府信息公开申请数量110453225");
        AnnualReport r = parse(text);
        assertNull(r.value("s3_new_natural"), "11|0|4|5|3|2|25 and 1|10|4|5|3|2|25 both add up");
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.DIGITS_RUN_TOGETHER));
    }

    @Test
    void runTogetherDigitsWithoutArithmeticAreUnreadable() throws IOException {
        String text = sample("r9003").replace("行政规范性文件\t0\t0\t48", "行政规范性文件0048");
        AnnualReport r = parse(text);
        assertNull(r.value("s2_normdocs_in_force"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.DIGITS_RUN_TOGETHER));
    }

    @Test
    void f2021ReportPrintingTheSingleOtherRow() throws IOException {
        String text = sample("r9003");
        String single = Pattern.compile("\t（六）其他处理\t1\\.申请人无正当理由[^\n]*\n\t\t2\\.[^\n]*\n\t\t3\\.其他([^\n]*)\n")
                .matcher(text).replaceFirst("\t（六）其他处理$1\n");
        AnnualReport r = parse(single);
        assertEquals(Template.F2021, r.template());
        assertTrue(r.cells().containsKey("s3_other_natural"));
        assertNull(r.value("s3_other_nocorrect_natural"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.S3_OTHER_SINGLE_ROW));
        assertTrue(r.diagnostics(Severity.ERROR).isEmpty(), () -> r.diagnostics().toString());
    }

    @Test
    void aChangedNumberIsReportedAtItsRowAndColumn() throws IOException {
        String text = sample("r9003").replace("1.本机关不掌握相关政府信息\t6\t0\t1", "1.本机关不掌握相关政府信息\t7\t0\t1");
        AnnualReport r = parse(text);
        assertEquals(new BigDecimal("7"), r.value("s3_unable_notheld_natural"), "numbers are never repaired");
        assertTrue(has(r, DiagnosticCode.S3_ROW_SUM, "s3_unable_notheld_total"));
        assertTrue(has(r, DiagnosticCode.S3_TOTAL_SUM, "s3_total_natural"));
    }

    @Test
    void sectionFourGroupSumIsChecked() throws IOException {
        String text = sample("r9006").replaceFirst("0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1\t1",
                "0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0\t1\t2");
        assertTrue(has(parse(text), DiagnosticCode.S4_GROUP_SUM, "s4_suit_after_total"));
    }

    @Test
    void proseTotalDifferentFromTableIsReported() throws IOException {
        AnnualReport r = parse(sample("r9001").replace("共受理政府信息公开申请17件", "共受理政府信息公开申请19件"));
        assertTrue(has(r, DiagnosticCode.PROSE_TOTAL_MISMATCH, "s3_new_total"));
    }

    @Test
    void agencyAndYearFromTheBodyWhenTheTitleLacksThem() throws IOException {
        String text = sample("r9001").replace("# 韶关市延平区人民政府2019年政府信息公开工作年度报告", "# 政府信息公开工作年度报告");
        AnnualReport r = parse(text);
        assertEquals(2019, r.year());
        assertEquals("韶关市延平区人民政府", r.agency());
    }

    @Test
    void aNoticeIsNotAReport() throws IOException {
        AnnualReport r = parse("关于2024年春节放假安排的通知\n\n各单位：\n根据国务院办公厅通知精神，现将放假安排通知如下。\n");
        assertEquals(Template.UNKNOWN, r.template());
        Diagnostic d = r.diagnostics(Severity.ERROR).get(0);
        assertEquals(DiagnosticCode.NOT_A_REPORT, d.code());
        assertTrue(r.cells().isEmpty());
    }

    @Test
    void partHeadingsAreNotCutAtTableRows() throws IOException {
        AnnualReport r = parse(sample("r9001"));
        assertTrue(r.narrative().problems().startsWith("2019年，政务公开工作取得了一定成效"));
        assertTrue(r.narrative().otherMatters().contains("信息处理费0元"));
        assertFalse(r.narrative().otherMatters().contains("2020年1月16日"), "the signature is not part of 六");
    }

    private static boolean has(AnnualReport r, DiagnosticCode code, String cell) {
        return r.diagnostics().stream().anyMatch(d -> d.code() == code && cell.equals(d.cell()));
    }
}
