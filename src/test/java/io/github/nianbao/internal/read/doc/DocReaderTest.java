package io.github.nianbao.internal.read.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Internals;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadFailure.Reason;
import io.github.nianbao.internal.read.docx.DocxReader;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextLine;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.record.crypto.Biff8EncryptionKey;
import org.apache.poi.hwpf.HWPFDocument;
import org.junit.jupiter.api.Test;

class DocReaderTest {

    private static final DocReader READER = new DocReader();

    static ReportText read(byte[] data) throws ReadFailure {
        return READER.read(data, Internals.limits(ParseOptions.DEFAULT), System.nanoTime() + 60_000_000_000L);
    }

    static byte[] bytes(String path) throws Exception {
        return Files.readAllBytes(Path.of(path));
    }

    static TextLine lineStartingWith(ReportText t, String prefix) {
        return t.lines().stream().filter(l -> l.text().replace("\t", "").startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + prefix + " in\n" + t.text()));
    }

    static List<String> cells(TextLine l) {
        return l.cells().stream().map(c -> c.text()).toList();
    }

    @Test
    void sampleReadsLikeItsDocxTwin() throws Exception {
        for (String id : List.of("r9001", "r9004")) {
            String base = "testdata/golden/" + id + "/" + id;
            ReportText doc = read(bytes(base + ".doc"));
            ReportText docx = new DocxReader().read(bytes(base + ".docx"), Internals.limits(ParseOptions.DEFAULT),
                    System.nanoTime() + 60_000_000_000L);
            assertEquals(docx.text(), doc.text(), id);
            assertEquals(docx.lines().stream().map(TextLine::kind).toList(),
                    doc.lines().stream().map(TextLine::kind).toList(), id);
        }
    }

    @Test
    void sampleMergedCellsAreEmptyAndRowsKeepSevenNumbers() throws Exception {
        ReportText t = read(bytes("testdata/golden/r9001/r9001.doc"));
        assertEquals(List.of("", "", "2.其他法律行政法规禁止公开", "0", "0", "1", "1", "0", "0", "2"),
                cells(lineStartingWith(t, "2.其他法律行政法规禁止公开")));
        assertEquals(List.of("", "", "", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""),
                cells(lineStartingWith(t, "商业企业")));
        assertEquals(LineKind.HEADING, lineStartingWith(t, "三．收到和处理政府信息公开申请情况").kind());
    }

    @Test
    void rowsThatLostTheirLabelCellsKeepTheirCellsInOrder() throws Exception {
        ReportText t = read(bytes("testdata/golden/r9005-short-rows/r9005-short-rows.doc"));
        TextLine shifted = lineStartingWith(t, "5.属于三类内部事务信息");
        assertEquals(List.of("5.属于三类内部事务信息", "", "/", "/", "/", "/", "１", "/", "１", ""), cells(shifted));
        TextLine padded = lineStartingWith(t, "2.重复申请");
        assertEquals(List.of("", "", "2.重复申请", "/", "/", "/", "/", "/", "/", "/"), cells(padded));
        int width = cells(lineStartingWith(t, "一、本年新收政府信息公开申请数量")).size();
        assertEquals(10, width, "shifted rows must not split the other rows' columns");
    }

    @Test
    void encryptedDocIsEncrypted() throws Exception {
        byte[] encrypted;
        try (HWPFDocument doc = new HWPFDocument(new ByteArrayInputStream(bytes("testdata/golden/r9001/r9001.doc")))) {
            Biff8EncryptionKey.setCurrentUserPassword("secret");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            encrypted = out.toByteArray();
        } finally {
            Biff8EncryptionKey.setCurrentUserPassword(null);
        }
        ReadFailure e = assertThrows(ReadFailure.class, () -> read(encrypted));
        assertEquals(Reason.ENCRYPTED, e.reason());
    }

    @Test
    void damagedDocIsCorrupt() throws Exception {
        byte[] sample = bytes("testdata/golden/r9001/r9001.doc");
        ReadFailure truncated = assertThrows(ReadFailure.class,
                () -> read(Arrays.copyOf(sample, sample.length / 2)));
        assertEquals(Reason.CORRUPT, truncated.reason());
        assertTrue(truncated.getMessage().startsWith("the DOC file"), truncated.getMessage());
        byte[] garbled = sample.clone();
        for (int i = 1024; i < garbled.length; i += 7) {
            garbled[i] ^= 0x5A;
        }
        ReadFailure noise = assertThrows(ReadFailure.class, () -> read(garbled));
        assertEquals(Reason.CORRUPT, noise.reason());
    }

    @Test
    void cellLimitAndDeadlineAreEnforced() throws Exception {
        byte[] sample = bytes("testdata/golden/r9001/r9001.doc");
        ReadFailure cells = assertThrows(ReadFailure.class, () -> READER.read(sample,
                Internals.limits(ParseOptions.DEFAULT.withMaxTableCells(100)), System.nanoTime() + 60_000_000_000L));
        assertEquals(Reason.LIMIT_EXCEEDED, cells.reason());
        ReadFailure late = assertThrows(ReadFailure.class,
                () -> READER.read(sample, Internals.limits(ParseOptions.DEFAULT), System.nanoTime() - 1));
        assertEquals(Reason.TIMEOUT, late.reason());
    }

    @Test
    void titleInATextBoxIsTheFirstLine() throws Exception {
        ReportText t = read(bytes("testdata/golden/r9001-textbox-title/r9001-textbox-title.doc"));
        assertEquals("韶关市延平区人民政府2019年政府信息公开工作年度报告", t.lines().get(0).text());
        assertEquals(LineKind.HEADING, t.lines().get(0).kind());
        assertEquals(1, t.lines().stream().filter(l -> l.text().contains("年度报告")).count());
    }

    @Test
    void automaticListNumbersArePrinted() throws Exception {
        ReportText t = read(bytes("testdata/golden/r9002-auto-numbering/r9002-auto-numbering.doc"));
        List<String> headings = t.lines().stream().filter(l -> l.kind() == LineKind.HEADING).map(TextLine::text)
                .toList();
        assertEquals(List.of("一．总体情况", "（一）主动公开情况", "（二）依申请公开情况"), headings.subList(1, 4));
        assertEquals("二．主动公开政府信息情况", headings.get(7));
        assertEquals("六．其他需要报告的事项", headings.get(11));
    }

    @Test
    void aTableNestedInACellIsFlattenedIntoThatCell() throws Exception {
        ReportText t = read(bytes("testdata/readers/nested-table.doc"));
        assertEquals("前\nhead\t外层in1 1 in2 2\nnext\tx\n后\n", t.text());
    }
}
