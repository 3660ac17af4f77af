package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Severity;
import io.github.nianbao.text.ReportText;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Title, agency and year of reports built here: a web page printed (or scanned) with its information fields run
 * together, a title, the six parts, a signature and the page's furniture after it.
 */
class MetadataTest {

    private static final Set<DiagnosticCode> NAMES = Set.of(DiagnosticCode.OCR_NAME_CORRECTED,
            DiagnosticCode.AGENCY_UNCERTAIN, DiagnosticCode.OCR_TITLE_CORRECTED);

    /** A page: its site name, the info lines, the title, the parts, the signature, the furniture. */
    private static ReportText page(boolean ocr, String site, String publisher, String title, String signed) {
        Matcher m = Pattern.compile("(20\\d\\d)年").matcher(title == null ? "" : title);
        return page(ocr, site, publisher, title, signed, m.find() ? Integer.parseInt(m.group(1)) : 2025);
    }

    /** A page whose 统计期限 is {@code year} and whose signature is dated the year after. */
    private static ReportText page(boolean ocr, String site, String publisher, String title, String signed, int year) {
        ReportText.Builder b = ReportText.builder(Format.PDF);
        b.paragraph(site + "人民政府网", Location.UNKNOWN);
        b.paragraph("当前位置:首页>政府信息公开>政府信息公开年报", Location.UNKNOWN);
        b.paragraph("索引号:“11797699392939328/2026-00876发布机构:" + publisher, Location.UNKNOWN);
        b.paragraph("发布日期:2026-01-16主题分类:政府信息公开年报", Location.UNKNOWN);
        if (title != null) {
            for (String part : title.split("\n")) {
                b.heading(part, Location.UNKNOWN);
            }
        }
        b.paragraph("本报告根据《中华人民共和国政府信息公开条例》规定编制。报告数据统计期限为" + year + "年1月1日至" + year
                + "年12月31日。", Location.UNKNOWN);
        b.heading("一、总体情况", Location.UNKNOWN);
        b.paragraph("2025年，共发布各类信息237条。", Location.UNKNOWN);
        b.heading("五、存在的主要问题及改进情况", Location.UNKNOWN);
        b.paragraph("无。", Location.UNKNOWN);
        b.heading("六、其他需要报告的事项", Location.UNKNOWN);
        b.paragraph("无其他需要报告的事项。", Location.UNKNOWN);
        b.paragraph(signed, Location.UNKNOWN);
        b.paragraph((year + 1) + "年1月17日", Location.UNKNOWN);
        b.paragraph("分享到:微信微博", Location.UNKNOWN);
        b.paragraph("主办:某某网站标识码:7525292780备案号:辽ICP备0000000号", Location.UNKNOWN);
        if (ocr) {
            b.diagnostic(Diagnostic.info(DiagnosticCode.OCR_PAGE, "page 1 read by OCR", Location.UNKNOWN, null));
        }
        return b.build();
    }

    private static AnnualReport parse(ReportText text) {
        return new ReportParser(Matching.LENIENT, 1000).parse(text, "test");
    }

    private static Set<DiagnosticCode> nameCodes(AnnualReport r) {
        return r.diagnostics().stream().map(Diagnostic::code).filter(NAMES::contains).collect(Collectors.toSet());
    }

    private static Diagnostic first(AnnualReport r, DiagnosticCode code) {
        return r.diagnostics().stream().filter(d -> d.code() == code).findFirst().orElseThrow();
    }

    @Test
    void infoFieldsAreNeverTheTitleAndGiveThePublisherDateAndIndex() {
        AnnualReport r = parse(page(false, "阜新市自然资源局", "阜新市自然资源局", "阜新市自然资源局2025年政府信息公开工作年度报告",
                "阜新市自然资源局"));
        assertEquals("阜新市自然资源局2025年政府信息公开工作年度报告", r.title());
        assertEquals("阜新市自然资源局", r.agency());
        assertEquals(2025, r.year());
        assertEquals("阜新市自然资源局", r.metadata().publisher());
        assertEquals("2026-01-16", r.metadata().publishDate());
        assertEquals("11797699392939328/2026-00876", r.metadata().indexNumber());
        assertEquals(Set.of(), nameCodes(r));
    }

    @Test
    void withoutATitleTheInfoFieldsDoNotGiveOneEither() {
        AnnualReport r = parse(page(false, "阜新市自然资源局", "阜新市自然资源局", null, "阜新市自然资源局"));
        assertNull(r.title());
        assertEquals("阜新市自然资源局", r.agency());
        assertEquals(2025, r.year());
    }

    @Test
    void theSignatureIsFoundBeforeThePagesFurniture() {
        AnnualReport r = parse(page(false, "某省", "", "2025年政府信息公开工作年度报告", "阜新市自然资源局"));
        assertEquals("阜新市自然资源局", r.agency());
        assertFalse(r.narrative().otherMatters().contains("分享到"), r.narrative().otherMatters());
    }

    @Test
    void ocrMisreadingsOfTheTitleAreCorrectedFromPublisherAndSignature() {
        AnnualReport r = parse(page(true, "重新市自然资源局", "阜新市自然资源局", "重新市自然资源局2025年政府信息公开工作年度报",
                "阜新市自然资源局"));
        assertEquals("阜新市自然资源局", r.agency());
        assertEquals("阜新市自然资源局2025年政府信息公开工作年度报告", r.title());
        assertEquals(2025, r.year());
        assertEquals(Set.of(DiagnosticCode.OCR_NAME_CORRECTED, DiagnosticCode.OCR_TITLE_CORRECTED), nameCodes(r));
        assertTrue(first(r, DiagnosticCode.OCR_TITLE_CORRECTED).message().contains("重新市自然资源局2025年政府信息公开工作年度报\""));
    }

    @Test
    void theReadingWhosePlaceIsADivisionBeatsTwoThatAgreeOnAMisreading() {
        AnnualReport r = parse(page(true, "湖州市某区", "湖州市涪城区人民政府", "湖州市党城区人民政府2024年政府信息公开工作年度报告",
                "湖州市党城区人民政府"));
        assertEquals("湖州市涪城区人民政府", r.agency());
        assertEquals("湖州市涪城区人民政府2024年政府信息公开工作年度报告", r.title());
        assertEquals(Severity.INFO, first(r, DiagnosticCode.OCR_NAME_CORRECTED).severity());
    }

    @Test
    void readingsThatAgreeOnAPlaceTheDivisionTableDoesNotNameAreNotConfirmed() {
        AnnualReport r = parse(page(true, "湖州市某区", "湖州市党城区人民政府", "湖州市渚城区人民政府2024年政府信息公开工作年度报告",
                "湖州市党城区人民政府"));
        assertEquals("湖州市党城区人民政府", r.agency()); // the likeliest reading, and a warning that says to check it
        Diagnostic d = first(r, DiagnosticCode.AGENCY_UNCERTAIN);
        assertEquals(Severity.WARNING, d.severity());
        assertTrue(d.message().contains("does not name"), d.message());
        assertTrue(Places.unknownPlace("湖州市党城区人民政府"));
        assertFalse(Places.unknownPlace("湖州市财政局"));
        assertFalse(Places.unknownPlace("山东省市场监督管理厅"));
        assertFalse(Places.unknownPlace("阜新市太平区人民政府"));
    }

    @Test
    void readingsNothingConfirmsCarryAWarning() {
        AnnualReport r = parse(page(true, "某某", "皇新市自然资源局", "旦新市自然资源局2025年政府信息公开工作年度报告",
                "时新市自然资源局"));
        assertEquals(Set.of(DiagnosticCode.AGENCY_UNCERTAIN), nameCodes(r));
        assertEquals("旦新市自然资源局", r.agency()); // on a tie the title's reading, the title being read without a fault
        Diagnostic d = first(r, DiagnosticCode.AGENCY_UNCERTAIN);
        assertEquals(Severity.WARNING, d.severity());
        for (String reading : List.of("皇新市自然资源局", "旦新市自然资源局", "时新市自然资源局")) {
            assertTrue(d.message().contains(reading), d.message());
        }
        assertTrue(d.message().contains("\"" + r.agency() + "\""), d.message());
        r = parse(page(true, "某某", "皇新市自然资源局", "旦新市自然资源局2025年政府信息公开工作年度报续", "时新市自然资源局"));
        assertEquals("皇新市自然资源局", r.agency()); // the title misread: 发布机构's reading
        assertEquals(Set.of(DiagnosticCode.AGENCY_UNCERTAIN, DiagnosticCode.OCR_TITLE_CORRECTED), nameCodes(r));
    }

    @Test
    void aNameThatIsAPlaceOfTheTableElsewhereInTheTextBeatsReadingsThatAreNone() {
        ReportText text = page(true, "某某", "和皇新市自然资源局", "旦新市自然资源局2025年政府信息公开工作年度报后",
                "皇新市自然资源局");
        ReportText.Builder b = ReportText.builder(Format.PDF);
        text.lines().forEach(b::line);
        b.paragraph("主办:阜新市自然资源局", Location.UNKNOWN);
        text.diagnostics().forEach(b::diagnostic);
        AnnualReport r = parse(b.build());
        assertEquals("阜新市自然资源局", r.agency());
        assertEquals(Severity.WARNING, first(r, DiagnosticCode.AGENCY_UNCERTAIN).severity());
    }

    @Test
    void aPublisherThatRanIntoAMisreadLabelIsNoReading() {
        AnnualReport r = parse(page(true, "某某", "辽宁省住房和城乡建设厅发布日朋:2025-01-23",
                "辽宁省住房和城乡建设厅2024年政府信息公开工作年度报告", "辽宁省住房和城乡建设厅"));
        assertEquals("辽宁省住房和城乡建设厅", r.agency());
        assertEquals(Set.of(), nameCodes(r));
    }

    @Test
    void agreeingReadingsSayNothingAndThePlaceAloneIsMadeFuller() {
        AnnualReport r = parse(page(true, "三明市", "", "三明市2021年政府信息公开工作年度报告", "三明市人民政府"));
        assertEquals("三明市人民政府", r.agency());
        assertEquals("三明市2021年政府信息公开工作年度报告", r.title());
        assertEquals(Set.of(), nameCodes(r));
    }

    @Test
    void textNotReadByOcrIsTakenAsPrinted() {
        AnnualReport r = parse(page(false, "重新市自然资源局", "阜新市自然资源局", "重新市自然资源局2025年政府信息公开工作年度报告",
                "阜新市自然资源局"));
        assertEquals("重新市自然资源局", r.agency());
        assertEquals("重新市自然资源局2025年政府信息公开工作年度报告", r.title());
        assertEquals(Set.of(), nameCodes(r));
    }

    @Test
    void aYearOcrMisreadInTheTitleIsTheOneThePeriodAndTheSignatureAgreeOn() {
        AnnualReport r = parse(page(true, "某某", "阜新市自然资源局", "阜新市自然资源局2026年政府信息公开工作年度报告",
                "阜新市自然资源局", 2025));
        assertEquals(2025, r.year());
        assertEquals("阜新市自然资源局2025年政府信息公开工作年度报告", r.title());
        assertTrue(first(r, DiagnosticCode.OCR_TITLE_CORRECTED).message().contains("2026"));
        r = parse(page(false, "某某", "阜新市自然资源局", "阜新市自然资源局2026年政府信息公开工作年度报告", "阜新市自然资源局",
                2025));
        assertEquals(2026, r.year()); // text not read by OCR: as printed
    }

    @Test
    void aTitleWrappedAfterItsYearIsJoined() {
        for (boolean ocr : new boolean[] {false, true}) {
            AnnualReport r = parse(page(ocr, "某某", "", "辽宁省住房和城乡建设厅2024年政府信息公开工作\n年度报告", "辽宁省住房和城乡建设厅"));
            assertEquals("辽宁省住房和城乡建设厅2024年政府信息公开工作年度报告", r.title());
            assertEquals("辽宁省住房和城乡建设厅", r.agency());
            assertEquals(2024, r.year());
        }
        AnnualReport r = parse(page(true, "某某", "", "辽宁省住房和城乡建设厅2024年政府信息公开工作\n年度报续", "辽宁省住房和城乡建设厅"));
        assertEquals("辽宁省住房和城乡建设厅2024年政府信息公开工作年度报告", r.title());
        r = parse(page(false, "某某", "", "某某市人民政府网 2024年12月3日\n某局政府信息公开工作年度报告", "某局"));
        assertEquals("某局政府信息公开工作年度报告", r.title()); // a date line before the title is not part of it
    }

    @Test
    void theTitlesPrescribedWordingIsRecognisedWithinTwoCharacters() {
        assertEquals("某局2025年政府信息公开工作年度报告", TitleFinder.prescribed("某局2025年政府信息公开工作年度报续"));
        assertEquals("某局2025年政府信息公开工作年度报告", TitleFinder.prescribed("某局2025年政府信息公开工作年度报"));
        assertEquals("某局2019年度政府信息公开年度报告", TitleFinder.prescribed("某局2019年度政府信息公开年度报结"));
        assertNull(TitleFinder.prescribed("某局2025年政府信息公开工作年度报告"));
        assertNull(TitleFinder.prescribed("某局2025年政府信息公开指南"));
        assertNull(TitleFinder.prescribed("作年度报司"));
    }
}
