package io.github.nianbao.internal.read.docx;

import static io.github.nianbao.internal.read.docx.DocxFixture.docx;
import static io.github.nianbao.internal.read.docx.DocxFixture.p;
import static io.github.nianbao.internal.read.docx.DocxFixture.tc;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Internals;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadFailure.Reason;
import io.github.nianbao.internal.read.ReadLimits;
import io.github.nianbao.model.Location;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextLine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocxReaderTest {

    private static final Path SAMPLE = Path.of("testdata/golden/r9001/r9001.docx");
    private static final DocxReader READER = new DocxReader();

    static ReportText read(byte[] data) throws ReadFailure {
        return READER.read(data, Internals.limits(ParseOptions.DEFAULT), System.nanoTime() + 60_000_000_000L);
    }

    static TextLine lineStartingWith(ReportText t, String prefix) {
        return t.lines().stream().filter(l -> l.text().replace("\t", "").startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with " + prefix + " in\n" + t.text()));
    }

    static List<String> cells(TextLine l) {
        return l.cells().stream().map(c -> c.text()).toList();
    }

    @Test
    void sampleSectionThreeRowsKeepLabelsAndSevenNumbers() throws Exception {
        ReportText t = read(Files.readAllBytes(SAMPLE));
        TextLine row = lineStartingWith(t, "2.其他法律行政法规禁止公开");
        assertEquals(LineKind.TABLE_ROW, row.kind());
        assertEquals(List.of("", "", "2.其他法律行政法规禁止公开", "0", "0", "1", "1", "0", "0", "2"), cells(row));
        Location loc = row.cells().get(2).location();
        assertEquals(2, loc.table());
        assertEquals(9, loc.row());
        assertEquals(3, loc.column());
        assertTrue(loc.line() > 0);
        TextLine partial = lineStartingWith(t, "（二）部分公开");
        assertEquals(List.of("", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "", "1", "0", "0", "0", "0", "0", "1"),
                cells(partial));
    }

    @Test
    void sampleHeadingsAndParagraphsComeInDocumentOrder() throws Exception {
        ReportText t = read(Files.readAllBytes(SAMPLE));
        assertEquals(LineKind.HEADING, t.lines().get(0).kind());
        assertEquals("韶关市延平区人民政府2019年政府信息公开工作年度报告", t.lines().get(0).text());
        assertEquals(LineKind.PARAGRAPH, t.lines().get(1).kind());
        TextLine heading = lineStartingWith(t, "三．收到和处理政府信息公开申请情况");
        assertEquals(LineKind.HEADING, heading.kind());
        int at = t.lines().indexOf(heading);
        assertEquals(LineKind.TABLE_ROW, t.lines().get(at + 1).kind());
        assertTrue(t.lines().get(at + 1).text().startsWith("（本列数据的勾稽关系为"));
    }

    @Test
    void verticalMergeWithoutValueContinuesAndIsEmpty() throws Exception {
        String table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("<w:vMerge w:val=\"restart\"/>", p("三、本年度办理结果")) + tc("A") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge/>", p("")) + tc("B") + "</w:tr>"
                + "<w:tr>" + tc("<w:vMerge w:val=\"continue\"/>", p("stale")) + tc("C") + "</w:tr>"
                + "<w:tr>" + tc("X") + tc("D") + "</w:tr></w:tbl>";
        ReportText t = read(docx(table, null));
        assertEquals(List.of(List.of("三、本年度办理结果", "A"), List.of("", "B"), List.of("", "C"), List.of("X", "D")),
                t.lines().stream().map(DocxReaderTest::cells).toList());
    }

    @Test
    void gridBeforeShiftsCellsRightAndGridSpanLeavesEmptyColumns() throws Exception {
        String table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("<w:gridSpan w:val=\"2\"/>", p("L")) + tc("1") + tc("2") + "</w:tr>"
                + "<w:tr><w:trPr><w:gridBefore w:val=\"1\"/></w:trPr>" + tc("M") + tc("3") + tc("4") + "</w:tr>"
                + "<w:tr><w:trPr><w:gridAfter w:val=\"2\"/></w:trPr>" + tc("N") + tc("5") + "</w:tr>"
                + "<w:tr>" + tc("short") + "</w:tr></w:tbl>";
        ReportText t = read(docx(table, null));
        assertEquals(List.of(List.of("L", "", "1", "2"), List.of("", "M", "3", "4"), List.of("N", "5", "", ""),
                List.of("short", "", "", "")), t.lines().stream().map(DocxReaderTest::cells).toList());
    }

    @Test
    void rowsWiderThanTheDeclaredGridWidenEveryRow() throws Exception {
        String table = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("a") + tc("b") + tc("c") + "</w:tr><w:tr>" + tc("d") + tc("e") + "</w:tr></w:tbl>";
        ReportText t = read(docx(table, null));
        assertEquals(List.of(List.of("a", "b", "c"), List.of("d", "e", "")),
                t.lines().stream().map(DocxReaderTest::cells).toList());
    }

    @Test
    void paragraphsOfOneCellJoinWithoutSpacesBetweenHanCharacters() throws Exception {
        String table = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>"
                + tc("", p("（二）部分公开（区分处理的，") + p("只计这一情形，不计其他情形）"))
                + tc("", p("total") + p("amount") + p("") + "<w:p><w:r><w:t>1</w:t><w:br/><w:t>2</w:t></w:r></w:p>")
                + "</w:tr></w:tbl>";
        ReportText t = read(docx(table, null));
        assertEquals(List.of("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "total amount 1 2"),
                cells(t.lines().get(0)));
    }

    @Test
    void contentControlsKeepTheirText() throws Exception {
        String body = "<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>" + p("块级内容控件")
                + "</w:sdtContent></w:sdt>"
                + "<w:p><w:r><w:t>共受理</w:t></w:r><w:sdt><w:sdtPr/><w:sdtContent><w:r><w:t>17</w:t></w:r>"
                + "</w:sdtContent></w:sdt><w:r><w:t>件</w:t></w:r></w:p>"
                + "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("自然人") + "<w:sdt><w:sdtContent>" + tc("7") + "</w:sdtContent></w:sdt></w:tr>"
                + "<w:sdt><w:sdtContent><w:tr>" + tc("法人") + tc("2") + "</w:tr></w:sdtContent></w:sdt>"
                + "</w:tbl>";
        ReportText t = read(docx(body, null));
        assertEquals("块级内容控件\n共受理17件\n自然人\t7\n法人\t2\n", t.text());
    }

    @Test
    void textBoxTitleIsReadOnceBeforeItsAnchorParagraph() throws Exception {
        String box = "<w:txbxContent><w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>某某区人民政府2023年政府信息公开工作"
                + "年度报告</w:t></w:r></w:p></w:txbxContent>";
        String body = "<w:p><w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
                + "<a:graphicData><wps:wsp><wps:txbx>" + box + "</wps:txbx></wps:wsp></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" + box
                + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"
                + "<w:r><w:t>正文第一段。</w:t></w:r></w:p>";
        ReportText t = read(docx(body, null));
        assertEquals(2, t.lines().size(), t.text());
        assertEquals(LineKind.HEADING, t.lines().get(0).kind());
        assertEquals("某某区人民政府2023年政府信息公开工作年度报告", t.lines().get(0).text());
        assertEquals("正文第一段。", t.lines().get(1).text());
    }

    @Test
    void headingsByStyleNameOutlineLevelAndBoldShortParagraph() throws Exception {
        String body = "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>标题样式</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"QuietChild\"/></w:pPr><w:r><w:t>继承大纲级别</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr><w:r><w:t>段落大纲级别</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>（一）主动公开情况</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"BoldBody\"/></w:pPr><w:r><w:t>二、主动公开政府信息情况</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>加粗的句子也是正文。</w:t></w:r></w:p>"
                + "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>部分加粗</w:t></w:r><w:r><w:t>的段落</w:t></w:r></w:p>"
                + "<w:p><w:pPr><w:pStyle w:val=\"BoldBody\"/></w:pPr><w:r><w:rPr><w:b w:val=\"0\"/></w:rPr>"
                + "<w:t>取消加粗</w:t></w:r></w:p>";
        ReportText t = read(docx(body, null));
        assertEquals(List.of(LineKind.HEADING, LineKind.HEADING, LineKind.HEADING, LineKind.HEADING,
                LineKind.HEADING, LineKind.PARAGRAPH, LineKind.PARAGRAPH, LineKind.PARAGRAPH),
                t.lines().stream().map(TextLine::kind).toList(), t.text());
    }

    @Test
    void fieldCodesAndDeletionsAreNotTextButFieldResultsAndInsertionsAre() throws Exception {
        String body = "<w:p><w:r><w:t>第</w:t></w:r><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                + "<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                + "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>页</w:t></w:r>"
                + "<w:del><w:r><w:delText>删掉的</w:delText></w:r></w:del><w:ins><w:r><w:t>，新增</w:t></w:r></w:ins>"
                + "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink></w:p>";
        assertEquals("第3页，新增链接\n", read(docx(body, null)).text());
    }

    @Test
    void nestedTableRowsFollowTheRowThatHoldsThem() throws Exception {
        String inner = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>" + tc("in1") + tc("1")
                + "</w:tr><w:tr>" + tc("in2") + tc("2") + "</w:tr></w:tbl>";
        String outer = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid>"
                + "<w:tr>" + tc("head") + tc("", p("外层") + inner + "<w:p/>") + "</w:tr>"
                + "<w:tr>" + tc("next") + tc("x") + "</w:tr></w:tbl>";
        ReportText t = read(docx(outer, null));
        assertEquals("head\t外层\nin1\t1\nin2\t2\nnext\tx\n", t.text());
        assertEquals(2, t.lines().get(1).cells().get(0).location().table());
    }

    @Test
    void aOneCellFrameTableIsReadAsBlocks() throws Exception {
        String data = "<w:tbl><w:tblGrid><w:gridCol/><w:gridCol/></w:tblGrid><w:tr>" + tc("规章") + tc("0")
                + "</w:tr></w:tbl>";
        String frame = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>"
                + tc("", "<w:p><w:pPr><w:pStyle w:val=\"1\"/></w:pPr><w:r><w:t>二、主动公开政府信息情况</w:t></w:r></w:p>"
                        + data + p("说明文字"))
                + "</w:tr></w:tbl>";
        ReportText t = read(docx(frame, null));
        assertEquals(List.of(LineKind.HEADING, LineKind.TABLE_ROW, LineKind.PARAGRAPH),
                t.lines().stream().map(TextLine::kind).toList());
        assertEquals("规章\t0", t.lines().get(1).text());
    }

    @Test
    void titleComesFromCoreProperties() throws Exception {
        assertEquals("年度报告", read(docx(p("x"), "年度报告")).info().title());
        assertEquals(null, read(docx(p("x"), null)).info().title());
    }

    @Test
    void truncatedOrIncompleteFilesAreCorrupt() throws Exception {
        byte[] sample = Files.readAllBytes(SAMPLE);
        ReadFailure truncated = assertThrows(ReadFailure.class,
                () -> read(Arrays.copyOf(sample, sample.length / 2)));
        assertEquals(Reason.CORRUPT, truncated.reason());
        assertTrue(truncated.getMessage().startsWith("the DOCX file"), truncated.getMessage());
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
        parts.put("word/other.xml", "<x/>");
        ReadFailure missing = assertThrows(ReadFailure.class, () -> read(DocxFixture.zip(parts)));
        assertEquals(Reason.CORRUPT, missing.reason());
        ReadFailure badXml = assertThrows(ReadFailure.class,
                () -> read(docx("<w:p><w:r><w:t>unclosed", null)));
        assertEquals(Reason.CORRUPT, badXml.reason());
    }

    @Test
    void zipBombsAreTooLarge() {
        String padding = " ".repeat(5_000_000);
        byte[] bomb = docx(p("x" + padding + "y"), null);
        assertTrue(bomb.length < 50_000);
        ReadFailure e = assertThrows(ReadFailure.class, () -> read(bomb));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("zip bomb"), e.getMessage());
    }

    @Test
    void partsInflatingBeyondMaxBytesAreTooLarge() throws Exception {
        byte[] sample = Files.readAllBytes(SAMPLE);
        ReadLimits small = Internals.limits(ParseOptions.DEFAULT.withMaxBytes(sample.length));
        ReadFailure e = assertThrows(ReadFailure.class,
                () -> READER.read(sample, small, System.nanoTime() + 60_000_000_000L));
        assertEquals(Reason.TOO_LARGE, e.reason());
        assertTrue(e.getMessage().contains("maxBytes"), e.getMessage());
        assertTrue(read(sample).lines().size() > 50, "limits are set again on the next read");
    }

    @Test
    void cellLimitAndDeadlineAreEnforced() throws Exception {
        byte[] sample = Files.readAllBytes(SAMPLE);
        ReadFailure cells = assertThrows(ReadFailure.class, () -> READER.read(sample,
                Internals.limits(ParseOptions.DEFAULT.withMaxTableCells(100)), System.nanoTime() + 60_000_000_000L));
        assertEquals(Reason.LIMIT_EXCEEDED, cells.reason());
        ReadFailure late = assertThrows(ReadFailure.class,
                () -> READER.read(sample, Internals.limits(ParseOptions.DEFAULT), System.nanoTime() - 1));
        assertEquals(Reason.TIMEOUT, late.reason());
    }

    private static String lvl(int ilvl, String fmt, String text, String suffix) {
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt + "\"/>"
                + (suffix == null ? "" : "<w:suff w:val=\"" + suffix + "\"/>") + "<w:lvlText w:val=\"" + text
                + "\"/></w:lvl>";
    }

    private static String numbered(String numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId + "\"/></w:numPr>"
                + "</w:pPr><w:r><w:t>" + text + "</w:t></w:r></w:p>";
    }

    @Test
    void automaticListNumbersArePrintedBeforeTheText() throws Exception {
        String numbering = "<w:abstractNum w:abstractNumId=\"0\">"
                + lvl(0, "chineseCounting", "%1、", "nothing") + lvl(1, "chineseCounting", "（%2）", "nothing")
                + lvl(2, "decimal", "%3.", null) + "</w:abstractNum>"
                + "<w:abstractNum w:abstractNumId=\"1\">" + lvl(0, "bullet", "\u25CF", null) + "</w:abstractNum>"
                + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
                + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"0\"/>"
                + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"5\"/></w:lvlOverride></w:num>"
                + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"1\"/></w:num>";
        String body = numbered("1", 0, "总体情况") + numbered("1", 1, "主动公开情况") + numbered("1", 1, "依申请公开情况")
                + numbered("1", 0, "主动公开政府信息情况") + numbered("1", 1, "规章") + numbered("1", 2, "属于国家秘密")
                + "<w:p><w:pPr><w:pStyle w:val=\"Numbered\"/></w:pPr><w:r><w:t>收到和处理政府信息公开申请情况</w:t></w:r></w:p>"
                + numbered("3", 0, "要点") + numbered("2", 0, "存在的主要问题及改进情况") + numbered("0", 0, "无编号");
        ReportText t = read(docx(body, null, numbering));
        assertEquals("一、总体情况\n（一）主动公开情况\n（二）依申请公开情况\n二、主动公开政府信息情况\n（一）规章\n"
                + "1.属于国家秘密\n三、收到和处理政府信息公开申请情况\n要点\n五、存在的主要问题及改进情况\n无编号\n", t.text());
    }

    @Test
    void absurdSpansAreALimitNotAnOutOfMemoryError() {
        String table = "<w:tbl><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>"
                + tc("<w:gridSpan w:val=\"2000000000\"/>", p("x")) + tc("<w:gridSpan w:val=\"2000000000\"/>", p("y"))
                + "</w:tr></w:tbl>";
        ReadFailure e = assertThrows(ReadFailure.class, () -> read(docx(table, null)));
        assertEquals(Reason.LIMIT_EXCEEDED, e.reason());
    }
}
