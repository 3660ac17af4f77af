package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Nianbao;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.DiagnosticCode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Labels wrapped inside their cell (found by {@code PerturbationPropertyTest}): the head of the label on one line,
 * the rest with the numbers on the next.
 */
class WrappedLabelTest {

    @Test
    void groupLabelThenHeadOfSubRow() throws Exception {
        AnnualReport r = parse("r9002", "\t（三）不予公开\t1.属于国家秘密\t/\t1\t1\t/\t/\t/\t2",
                "\t（三）不予公开\t1.属于国\n\t\t家秘密\t/\t1\t1\t/\t/\t/\t2");
        assertEquals(new BigDecimal(2), r.value("s3_deny_secret_total"));
        assertEquals(new BigDecimal(1), r.value("s3_deny_secret_business"));
    }

    @Test
    void restOfLabelSimilarToAnotherRowStillContinuesTheWrappedRow() throws Exception {
        // "复申请" alone is similar to "2.重复申请"; it is the end of "4.无正当理由大量反复申请"
        AnnualReport r = parse("r9002", "\t\t4.无正当理由大量反复申请\t/\t/\t1\t/\t1\t/\t2",
                "\t\t4.无正当理由大量反\n\t\t复申请\t/\t/\t1\t/\t1\t/\t2");
        assertEquals(new BigDecimal(2), r.value("s3_reject_mass_total"));
        assertTrue(r.diagnostics().stream().noneMatch(d -> d.code() == DiagnosticCode.S3_ROW_REPEATED), r::toString);
    }

    @Test
    void otherHandlingGroupThenHeadOfSubRow() throws Exception {
        // （六）其他处理 is a row of its own in the 2019 template: it must not swallow the 2021 sub-row
        AnnualReport r = parse("r9002", "\t（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t2",
                "\t（六）其他处理\t1.申请\n\t\t人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t2");
        assertEquals(new BigDecimal(3), r.value("s3_other_nocorrect_total"));
        assertEquals(null, r.value("s3_other_total"));
    }

    @Test
    void sectionTwoLabelWrappedWithItsNumbers() throws Exception {
        AnnualReport r = parse("r9001", "其他对外管理服务事项\t6", "其他对外管理\n服务事项\t6");
        assertEquals(new BigDecimal(6), r.value("s2_othersvc_prev"));
        assertEquals(new BigDecimal(235), r.value("s2_othersvc_decisions"));
    }

    @Test
    void sectionTwoNumbersOnALineOfTheirOwn() throws Exception {
        AnnualReport r = parse("r9001", "其他对外管理服务事项\t6", "其他对外管理服务事项\n\t6");
        assertEquals(new BigDecimal(6), r.value("s2_othersvc_prev"));
        assertEquals(new BigDecimal(235), r.value("s2_othersvc_decisions"));
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.NUMBERS_WRAPPED), r::toString);
    }

    private static AnnualReport parse(String sample, String printed, String wrapped) throws Exception {
        String text = Files.readString(Path.of("testdata", "golden", sample, sample + ".txt"));
        assertTrue(text.contains(printed), "sample has no line starting " + printed);
        return Nianbao.parseText(text.replace(printed, wrapped));
    }
}
