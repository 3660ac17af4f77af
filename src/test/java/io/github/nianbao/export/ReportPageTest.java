package io.github.nianbao.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Nianbao;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Template;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The review page model: the template's three tables from the codebook's labels, each cell with its flags. */
class ReportPageTest {

    private static AnnualReport parse(String file) throws IOException {
        return Nianbao.parse(Path.of("testdata/golden").resolve(file));
    }

    static Stream<Path> goldenInputs() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> folders = Files.list(Path.of("testdata/golden"))) {
            for (Path folder : folders.sorted().toList()) {
                try (Stream<Path> files = Files.list(folder)) {
                    files.filter(f -> !f.getFileName().toString().endsWith(".json")).sorted().findFirst()
                            .ifPresent(out::add);
                }
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("goldenInputs")
    void everyCellOfTheReportIsShownOnceInARectangularGrid(Path file) throws IOException {
        AnnualReport r = Nianbao.parse(file);
        ReportPage page = ReportPage.of(r);
        List<String> shown = page.cells().stream().map(PageCell::code).toList();
        assertEquals(new HashSet<>(r.cells().keySet()), new HashSet<>(shown), "every cell shown");
        assertEquals(shown.size(), new HashSet<>(shown).size(), "no cell twice");
        boolean hasTables = r.template() == Template.F2019 || r.template() == Template.F2021;
        assertEquals(hasTables ? List.of("二", "三", "四") : List.of(),
                page.tables().stream().map(PageTable::section).toList());
        for (PageTable t : page.tables()) {
            assertRectangular(t);
        }
        for (PageCell c : page.cells()) {
            assertEquals(r.cell(c.code()).value(), c.value());
            assertEquals(r.cell(c.code()).raw(), c.raw());
            assertEquals(r.cell(c.code()).location(), c.location());
        }
    }

    /** Every grid row covers exactly {@code width} columns once the row spans from above are counted. */
    static void assertRectangular(PageTable t) {
        int[] coveredUntil = new int[t.width()]; // grid row index up to which a row span from above fills a column
        for (int row = 0; row < t.rows().size(); row++) {
            int col = 0;
            for (PageSlot s : t.rows().get(row).slots()) {
                while (col < t.width() && coveredUntil[col] > row) {
                    col++;
                }
                for (int k = 0; k < s.colSpan(); k++) {
                    assertTrue(col + k < t.width() && coveredUntil[col + k] <= row,
                            t.section() + " row " + row + ": slot overflows or overlaps: " + s);
                    coveredUntil[col + k] = row + s.rowSpan();
                }
                col += s.colSpan();
            }
            for (int c = 0; c < t.width(); c++) {
                assertTrue(coveredUntil[c] > row, t.section() + " row " + row + " leaves column " + c + " empty");
            }
        }
    }

    @Test
    void sectionThreeIsDrawnAsTheTemplateDrawsIt() throws IOException {
        PageTable t = ReportPage.of(parse("r9004/r9004.txt")).tables().get(1);
        assertEquals("三、收到和处理政府信息公开申请情况", t.title());
        assertEquals(10, t.width(), "three label columns, seven number columns");
        assertEquals(List.of(new PageSlot.Label(PageLayout.BALANCE_NOTE, 3, 3), new PageSlot.Label("申请人情况", 1, 7)),
                t.rows().get(0).slots());
        assertEquals(List.of(new PageSlot.Label("自然人", 2, 1), new PageSlot.Label("法人或其他组织", 1, 5),
                new PageSlot.Label("总计", 2, 1)), t.rows().get(1).slots());
        assertEquals(List.of("商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"), labels(t.rows().get(2)));
        PageRow first = t.rows().get(3);
        assertEquals(List.of(new PageSlot.Label("一、本年新收政府信息公开申请数量", 1, 3)), labelSlots(first));
        PageRow granted = dataRow(t, "s3_granted_natural");
        assertEquals(List.of(new PageSlot.Label("三、本年度办理结果", 22, 1), new PageSlot.Label("（一）予以公开", 1, 2)),
                labelSlots(granted), "F2021: （一）…（七） with three sub-rows of （六）, 22 rows under 三");
        PageRow secret = dataRow(t, "s3_deny_secret_natural");
        assertEquals(List.of(new PageSlot.Label("（三）不予公开", 8, 1), new PageSlot.Label("1.属于国家秘密", 1, 1)),
                labelSlots(secret));
        PageCell natural = ((PageSlot.Value) first.slots().get(1)).cell();
        assertEquals("s3_new_natural", natural.code());
        assertEquals("自然人", natural.columnLabel());
        assertEquals(new BigDecimal("16"), natural.value());
        assertEquals("１６", natural.raw());
        assertTrue(natural.rawDiffers(), "full-width digits are shown beside the value");
    }

    @Test
    void sectionsTwoAndFourFollowTheirTemplates() throws IOException {
        List<PageTable> f2019 = ReportPage.of(parse("r9001/r9001.txt")).tables();
        PageTable two = f2019.get(0);
        assertEquals(4, two.width());
        assertEquals(List.of("第二十条第（一）项"), labels(two.rows().get(0)));
        assertEquals(PageRow.Kind.CAPTION, two.rows().get(0).kind());
        assertEquals(List.of("信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"), labels(two.rows().get(1)));
        PageRow procurement = dataRow(two, "s2_procure_count");
        assertEquals(List.of(1, 1, 2), procurement.slots().stream().map(PageSlot::colSpan).toList(),
                "a sub-table of two columns stretches its last one over the grid");
        PageTable four = f2019.get(2);
        assertEquals(15, four.width());
        assertEquals(List.of(new PageSlot.Label("行政复议", 1, 5), new PageSlot.Label("行政诉讼", 1, 10)),
                four.rows().get(0).slots());
        assertEquals(new PageSlot.Label("结果维持", 2, 1), four.rows().get(1).slots().get(0));
        assertEquals(new PageSlot.Label("未经复议直接起诉", 1, 5), four.rows().get(1).slots().get(5));
        assertEquals(10, four.rows().get(2).slots().size());
        assertEquals(15, four.rows().get(3).slots().size(), "one data row of fifteen numbers");
    }

    @Test
    void aBrokenRowSumFlagsItsTotalAndMarksItsParts() throws IOException {
        AnnualReport r = parse("r9004-row-sum/r9004-row-sum.txt");
        ReportPage page = ReportPage.of(r);
        PageCell total = cell(page, "s3_partial_total");
        assertEquals(PageCell.Flag.WARNING, total.flag());
        assertEquals(DiagnosticCode.S3_ROW_SUM, total.diagnostics().get(0).code());
        assertTrue(total.diagnostics().get(0).message().contains("（二）部分公开"), total.diagnostics().get(0).message());
        PageCell part = cell(page, "s3_partial_business");
        assertEquals(PageCell.Flag.IN_BROKEN_SUM, part.flag());
        assertEquals(total.diagnostics().get(0), part.brokenSums().get(0));
        assertEquals(PageCell.Flag.NONE, cell(page, "s3_new_business").flag());
        assertEquals(Set.of("s3_partial_total", "s3_total_natural"),
                Set.copyOf(page.flaggedCells().stream().map(PageCell::code).toList()));
        assertEquals(List.of(), page.otherDiagnostics(), "every diagnostic names a cell shown");
    }

    @Test
    void anF2021ReportPrintingTheSingleOtherRowShowsItBesideTheSubRows() throws IOException {
        ReportPage page = ReportPage.of(parse("hongze-district-gov-2024/hongze-district-gov-2024.pdf"));
        PageTable three = page.tables().get(1);
        PageRow single = dataRow(three, "s3_other_natural");
        assertEquals("（六）其他处理", labelSlots(single).get(0).text());
        assertTrue(cell(page, "s3_other_nocorrect_natural") != null);
        assertFalse(cell(page, "s3_other_nocorrect_natural").rawDiffers(), "nothing printed: nothing to show");
        assertRectangular(three);
    }

    @Test
    void aLegacyReportHasNoTablesAndKeepsItsDiagnostics() throws IOException {
        AnnualReport legacy = Nianbao.parseText("某某县人民政府2015年政府信息公开工作年度报告\n一、概述\n本年度共主动公开政府信息100条。");
        ReportPage page = ReportPage.of(legacy);
        assertEquals(List.of(), page.tables());
        assertEquals(legacy.diagnostics(), page.otherDiagnostics());
        assertTrue(legacy.template() == Template.LEGACY || legacy.template() == Template.UNKNOWN);
    }

    @Test
    void labelPathsSplitAtSeparatorsNotInsideLabels() {
        assertEquals(List.of("本年增/减"), CodebookEntry.labelPath("本年增/减"));
        assertEquals(List.of("三、本年度办理结果", "（三）不予公开", "1.属于国家秘密"),
                CodebookEntry.labelPath("三、本年度办理结果/（三）不予公开/1.属于国家秘密"));
        for (CodebookEntry e : Codebook.standard().entries()) {
            List<String> row = e.rowPath();
            assertEquals(e.rowLeaf(), row.get(row.size() - 1), e.code());
            assertEquals(e.columnLeaf(), e.columnPath().get(e.columnPath().size() - 1), e.code());
            assertEquals(e.rowLabel(), String.join("/", row));
        }
    }

    private static PageCell cell(ReportPage page, String code) {
        return page.cells().stream().filter(c -> c.code().equals(code)).findFirst().orElse(null);
    }

    private static PageRow dataRow(PageTable t, String code) {
        for (PageRow r : t.rows()) {
            for (PageSlot s : r.slots()) {
                if (s instanceof PageSlot.Value v && v.cell().code().equals(code)) {
                    return r;
                }
            }
        }
        throw new AssertionError("no row holds " + code);
    }

    private static List<PageSlot.Label> labelSlots(PageRow r) {
        List<PageSlot.Label> out = new ArrayList<>();
        for (PageSlot s : r.slots()) {
            if (s instanceof PageSlot.Label l) {
                out.add(l);
            }
        }
        return out;
    }

    private static List<String> labels(PageRow r) {
        return labelSlots(r).stream().map(PageSlot.Label::text).toList();
    }
}
