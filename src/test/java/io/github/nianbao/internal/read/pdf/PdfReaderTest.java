package io.github.nianbao.internal.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Internals;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Severity;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextLine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PdfReaderTest {

    private static final PdfReader READER = new PdfReader();

    private static byte[] bytes(String path) throws IOException {
        return Files.readAllBytes(Path.of("testdata", path));
    }

    private static ReportText read(String path, ParseOptions options) throws IOException {
        return READER.read(bytes(path), Internals.limits(options), System.nanoTime() + 60_000_000_000L);
    }

    @Test
    void imageOnlyPdfSaysThereIsNoTextLayer() throws IOException {
        // with OCR off; with OCR on (AUTO, Tesseract installed) the page is read: HostileInputTest covers both
        ReportText t = read("bad/image-only.pdf", ParseOptions.DEFAULT.withOcrMode(io.github.nianbao.OcrMode.NEVER));
        assertEquals(1, t.diagnostics().size());
        assertEquals(DiagnosticCode.NO_TEXT_LAYER, t.diagnostics().get(0).code());
        assertEquals(Severity.ERROR, t.diagnostics().get(0).severity());
        assertTrue(t.diagnostics().get(0).message().contains("no text layer (image-only PDF, needs OCR)"));
    }

    @Test
    void encryptedWithEmptyUserPasswordOpens() throws IOException {
        ReportText t = read("bad/encrypted-no-user-password.pdf", ParseOptions.DEFAULT);
        assertTrue(t.text().contains("政府信息公开工作年度报告"));
    }

    @Test
    void passwordProtectedPdfIsEncrypted() {
        ReadFailure e = assertThrows(ReadFailure.class,
                () -> read("bad/encrypted-user-password.pdf", ParseOptions.DEFAULT));
        assertEquals(ReadFailure.Reason.ENCRYPTED, e.reason());
    }

    @Test
    void damagedPdfIsCorrupt() {
        ReadFailure e = assertThrows(ReadFailure.class, () -> read("bad/truncated.pdf", ParseOptions.DEFAULT));
        assertEquals(ReadFailure.Reason.CORRUPT, e.reason());
    }

    @Test
    void pageLimitAndDeadlineAreEnforced() throws IOException {
        ReadFailure pages = assertThrows(ReadFailure.class,
                () -> read("golden/r9001/r9001.pdf", ParseOptions.DEFAULT.withMaxPages(2)));
        assertEquals(ReadFailure.Reason.LIMIT_EXCEEDED, pages.reason());
        byte[] data = bytes("golden/r9001/r9001.pdf");
        ReadFailure late = assertThrows(ReadFailure.class,
                () -> READER.read(data, Internals.limits(ParseOptions.DEFAULT), System.nanoTime() - 1));
        assertEquals(ReadFailure.Reason.TIMEOUT, late.reason());
    }

    @Test
    void tableSplitOverPagesIsStitchedWithItsSplitLabel() throws IOException {
        ReportText t = read("golden/huaian-city-gov-2024/huaian-city-gov-2024.pdf", ParseOptions.DEFAULT);
        String text = t.text();
        assertTrue(text.contains("\t（四）无法提供\t1.本机关不掌握相关政府信息\t746\t12\t0\t0\t10\t1\t769\n"), text);
        assertTrue(text.contains("\t\t2.没有现成信息需要另行制作\t11\t0\t0\t0\t0\t0\t11\n"), text);
        assertTrue(!text.contains("-4-") && !text.contains("- 4 -"), "page numbers dropped");
        int requestTable = 0;
        for (TextLine l : t.lines()) {
            if (l.kind() == LineKind.TABLE_ROW && l.text().contains("（七）总计")) {
                requestTable = l.location().table();
            }
        }
        for (TextLine l : t.lines()) {
            if (l.kind() == LineKind.TABLE_ROW && l.text().startsWith("一、本年新收")) {
                assertEquals(requestTable, l.location().table(), "one table across three pages");
            }
        }
        assertTrue(t.lines().stream().anyMatch(l -> l.kind() == LineKind.HEADING
                && l.text().equals("淮安市人民政府2024年政府信息公开工作年度报告")));
    }

    @Test
    void verticalLabelFromVerticalFontStaysInItsColumn() throws IOException {
        String text = read("golden/hongze-district-gov-2024/hongze-district-gov-2024.pdf", ParseOptions.DEFAULT).text();
        assertTrue(text.contains("三、本年度办理结果\t（一）予以公开\t\t50\t0\t0\t0\t0\t0\t50\n"), text);
    }

    @Test
    void chromiumHtmlPrintWithDoubledCellBordersAndBorderlessTable() throws IOException {
        ReportText t = read("golden/r9002/r9002-chromium.pdf", ParseOptions.DEFAULT);
        String text = t.text();
        // each HTML cell draws its own border: doubled lines 2.3 pt apart are snapped into one grid line
        assertTrue(text.contains("\n一、本年新收政府信息公开申请数量\t\t\t9\t2\t5\t1\t3\t3\t23\n"), text);
        // the table runs from page 3 to page 4 and is one table
        assertTrue(text.contains("\n\t\t2.重复申请\t/\t/\t1\t/\t/\t/\t1\n"), text);
        // section 二 is printed without lines: rows come from text positions, continued over the page break
        assertTrue(text.contains("\n行政规范性文件\t/\t1\t28\n"), text);
        assertTrue(text.contains("\n行政强制\t/\n"), text);
        // the browser's running header and footer (date, title, file URL, page x/y) are dropped
        assertTrue(!text.contains("file:///") && !text.contains("ﬁle:///") && !text.contains("2/5"), text);
    }

    @Test
    void nonEmbeddedFontNeedsNoSystemFontScan() throws IOException {
        ReportText t = read("readers/standard14-not-embedded.pdf", ParseOptions.DEFAULT);
        assertEquals("Report 2024 total 17\n", t.text());
        assertEquals(BundledFontMapper.class, org.apache.pdfbox.pdmodel.font.FontMappers.instance().getClass());
    }

    /** Every table cell of a PDF knows where it is on its page: ruled tables, tables without rulings, cut-off ones. */
    @Test
    void everyTableCellCarriesItsPageBox() throws IOException {
        for (String path : new String[] {"golden/r9001/r9001.pdf", "golden/r9002/r9002-chromium.pdf",
            "golden/positions-chromium-r9004/r9004-sparse-chromium.pdf",
            "golden/positions-lo-clipped-r9004/r9004-sparse-libreoffice.pdf"}) {
            ReportText t = read(path, ParseOptions.DEFAULT);
            int cells = 0;
            for (TextLine l : t.lines()) {
                if (l.kind() != LineKind.TABLE_ROW) {
                    continue;
                }
                for (var c : l.cells()) {
                    var box = c.location().box();
                    assertTrue(box != null, path + ": " + c + " has no box");
                    assertTrue(box.x0() >= -1 && box.x1() <= 842 && box.y0() >= -1 && box.y1() <= 842, path + ": " + box);
                    assertTrue(c.location().page() > 0);
                    cells++;
                }
            }
            assertTrue(cells > 100, path);
        }
    }

    @Test
    void aTableCutOffByThePagesEdgeEndsItsRowsWithACellOffThePage() throws IOException {
        ReportText t = read("golden/positions-lo-clipped-r9004/r9004-sparse-libreoffice.pdf", ParseOptions.DEFAULT);
        int offPage = 0;
        for (TextLine l : t.lines()) {
            for (int i = 0; i < l.cells().size(); i++) {
                if (l.cells().get(i).isOffPage()) {
                    assertEquals(l.cells().size() - 1, i, "the last cell of its row");
                    assertEquals(0, l.cells().get(i).location().box().width(), 1e-3);
                    offPage++;
                }
            }
        }
        assertTrue(offPage >= 26, "every row of the cut tables: " + offPage);
    }
}
