package io.github.nianbao.internal.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Internals;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.text.DocumentInfo;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static final HtmlReader READER = new HtmlReader();

    private static ReportText read(String html) throws ReadFailure {
        return read(html.getBytes(StandardCharsets.UTF_8));
    }

    private static ReportText read(byte[] data) throws ReadFailure {
        return READER.read(data, Internals.limits(ParseOptions.DEFAULT), System.nanoTime() + 30_000_000_000L);
    }

    private static ReportText golden(String caseId) throws IOException, ReadFailure {
        return read(Files.readAllBytes(Path.of("testdata", "golden", caseId, caseId + ".html")));
    }

    private static String kinds(ReportText t) {
        StringBuilder sb = new StringBuilder();
        for (TextLine l : t.lines()) {
            sb.append(l.kind().name().charAt(0)).append(' ').append(l.text()).append('\n');
        }
        return sb.toString();
    }

    @Test
    void isRegisteredForHtml() throws Exception {
        assertInstanceOf(HtmlReader.class, Internals.reader(Format.HTML));
    }

    @Test
    void headingsParagraphsAndLineBreaksInDocumentOrder() throws ReadFailure {
        ReportText t = read("<html><body><div class='TRS_Editor'>"
                + "<h1>某局2021年政府信息公开工作年度报告</h1>"
                + "<p><strong>一、总体情况</strong></p>"
                + "<p><b>（一）</b>主动公开情况：本年发布信息\n  120条。</p>"
                + "<p style='font-weight: bold'>（二）依申请公开情况</p>"
                + "<p><span style='font-weight:700'>二、</span><strong>主动公开</strong></p>"
                + "<div>第一行<br>第二行</div>"
                + "<h4>（三）政府信息<br>管理情况</h4>"
                + "</div></body></html>");
        assertEquals("H 某局2021年政府信息公开工作年度报告\n"
                + "H 一、总体情况\n"
                + "P （一）主动公开情况：本年发布信息 120条。\n"
                + "H （二）依申请公开情况\n"
                + "H 二、主动公开\n"
                + "P 第一行\n"
                + "P 第二行\n"
                + "H （三）政府信息管理情况\n", kinds(t));
    }

    @Test
    void tableRowsCarryTableRowAndColumnLocations() throws ReadFailure {
        ReportText t = read("<html><body><p>前言</p><table><tr><td colspan=2>标题</td></tr>"
                + "<tr><td>规章</td><td>3</td></tr></table><table><tr><td>a</td><td>b</td></tr></table></body></html>");
        List<TextLine> lines = t.lines();
        assertEquals(4, lines.size());
        TextLine row = lines.get(2);
        assertEquals(LineKind.TABLE_ROW, row.kind());
        assertEquals("规章\t3", row.text());
        assertEquals(new Location(3, 0, 1, 2, 2), row.cells().get(1).location());
        assertEquals("标题\t", lines.get(1).text());
        assertEquals(2, lines.get(3).cells().get(0).location().table());
    }

    @Test
    void siteChromeIsLeftOutAndMetadataGoesToDocumentInfo() throws IOException, ReadFailure {
        ReportText t = golden("html-site-chrome");
        DocumentInfo info = t.info();
        assertEquals("济南市历下区人民政府2022年政府信息公开工作年度报告", info.title());
        assertEquals("济南市历下区人民政府", info.publisher());
        assertEquals("2023-01-25", info.publishDate());
        assertEquals("000014349/2023-00012", info.indexNumber());
        String text = t.text();
        for (String chrome : new String[] {"首页", "位置", "索引号", "发布机构", "主题分类", "分享到", "微信", "打印",
            "关闭窗口", "主办单位", "版权所有", "网站标识码", "统计代码", "相关链接", "浏览次数", "机构概况"}) {
            assertFalse(text.contains(chrome), "chrome in the report text: " + chrome);
        }
        assertEquals(LineKind.HEADING, t.lines().get(0).kind());
        assertEquals("济南市历下区人民政府2022年政府信息公开工作年度报告", t.lines().get(0).text());
        assertTrue(text.contains("一、本年新收政府信息公开申请数量\t\t\t16\t5\t3\t4\t6\t5\t39\n"), text);
    }

    @Test
    void chromeIsLeftOutWithoutANamedArticleContainer() throws IOException, ReadFailure {
        ReportText t = golden("html-site-chrome-unnamed");
        String text = t.text();
        for (String chrome : new String[] {"首页", "位置", "索引号", "分享到", "主办单位", "统计代码", "相关链接", "浏览次数"}) {
            assertFalse(text.contains(chrome), "chrome in the report text: " + chrome);
        }
        assertEquals("青岛市市南区人民政府", t.info().publisher());
        assertEquals("2023-01-25", t.info().publishDate());
        assertTrue(text.contains("六、其他需要报告的事项"));
    }

    @Test
    void gbkPageWithRongAndKunDecodes() throws IOException, ReadFailure {
        ReportText t = golden("html-gbk-rong-kun");
        assertEquals("韶关市镕堃区人民政府2019年政府信息公开工作年度报告", t.info().title());
        assertEquals("韶关市镕堃区人民政府", t.info().publisher());
        assertEquals("韶关市镕堃区人民政府2019年政府信息公开工作年度报告", t.lines().get(0).text());
        assertTrue(t.diagnostics().isEmpty(), t.diagnostics().toString());
    }

    @Test
    void lateCharsetMetaIsHonoured() throws IOException, ReadFailure {
        ReportText t = golden("html-late-charset-meta");
        assertEquals("盐城市交通运输局2021年政府信息公开工作年度报告", t.info().title());
        assertTrue(t.diagnostics().isEmpty(), t.diagnostics().toString());
    }

    @Test
    void undeclaredGb18030PageIsNoted() throws IOException, ReadFailure {
        ReportText t = golden("html-undeclared-gb18030");
        assertEquals("湖北省卫生健康委员会", t.info().publisher());
        assertEquals(DiagnosticCode.CHARSET_GB18030, t.diagnostics().get(0).code());
    }

    @Test
    void metadataInOneCellAndTitleSuffixes() throws ReadFailure {
        ReportText t = read("<html><head><title>某县2020年政府信息公开工作年度报告 - 某县人民政府</title></head><body>"
                + "<ul class='meta'><li><b>索引号</b>：<span>K01/2021-00001</span></li>"
                + "<li>发文机关：某县人民政府办公室</li><li>成文日期：2021年01月10日</li></ul>"
                + "<div class='content'><p>本报告由某县人民政府办公室编制，数据统计期限为2020年1月1日至12月31日。</p></div>"
                + "</body></html>");
        assertEquals(new DocumentInfo("某县2020年政府信息公开工作年度报告", "某县人民政府办公室", "2021年01月10日",
                "K01/2021-00001", 0), t.info());
        assertEquals(1, t.lines().size());
        assertEquals("2019-2020年度报告", PageInfo.title("2019-2020年度报告|某网"));
        assertEquals("某局2021年度报告", PageInfo.title("某省政府网_某局2021年度报告"));
    }

    @Test
    void titleInADroppedHeaderIsRestoredAsTheFirstHeading() throws ReadFailure {
        ReportText t = read("<html><head><title>某局2021年政府信息公开工作年度报告_某市政府</title></head><body>"
                + "<article><header><h1>某局2021年政府信息公开工作<br>年度报告</h1><span>2022-01-20</span></header>"
                + "<h3>一、总体情况</h3><p>正文。</p></article></body></html>");
        assertEquals("H 某局2021年政府信息公开工作年度报告\nH 一、总体情况\nP 正文。\n", kinds(t));
        assertEquals(1, t.lines().get(0).location().line());
        assertEquals(3, t.lines().get(2).cells().get(0).location().line());
    }

    @Test
    void layoutTableIsReadAsBlocksWithoutDuplication() throws ReadFailure {
        ReportText t = read("<html><body><table><tr><td>"
                + "<h3>二、主动公开政府信息情况</h3>"
                + "<table><tr><td>规章</td><td>1</td></tr><tr><td>规范性文件</td><td>2</td></tr></table>"
                + "<p>说明文字</p></td></tr></table></body></html>");
        assertEquals("H 二、主动公开政府信息情况\nT 规章\t1\nT 规范性文件\t2\nP 说明文字\n", kinds(t));
    }

    @Test
    void deepNestingNeitherOverflowsNorHangs() {
        int n = 100_000;
        String html = "<html><body>" + "<div>".repeat(n) + "<h3>一、总体情况</h3><p>本机关收到申请5件。</p>"
                + "</div>".repeat(n) + "</body></html>";
        ReportText t = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(html));
        assertTrue(t.text().contains("本机关收到申请5件。"), t.text());
        assertTrue(t.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.HTML_DEEP_NESTING));
    }

    @Test
    void moderatelyDeepMarkupKeepsItsStructure() throws ReadFailure {
        String html = "<html><body>" + "<div>".repeat(400) + "<p>本机关收到<b>5</b>件。</p>"
                + "<table><tr><td>甲</td><td>1</td></tr></table>" + "</div>".repeat(400) + "</body></html>";
        ReportText t = read(html);
        assertEquals("P 本机关收到5件。\nT 甲\t1\n", kinds(t));
        assertTrue(t.diagnostics().isEmpty());
    }

    @Test
    void passedDeadlineTimesOut() {
        byte[] page = "<html><body><p>一</p></body></html>".getBytes(StandardCharsets.UTF_8);
        ReadFailure e = assertThrows(ReadFailure.class,
                () -> READER.read(page, Internals.limits(ParseOptions.DEFAULT), System.nanoTime() - 1));
        assertEquals(ReadFailure.Reason.TIMEOUT, e.reason());
    }

    @Test
    void pageWithoutTextIsReported() throws ReadFailure {
        ReportText t = read("<html><body><script>load()</script><div id='app'></div></body></html>");
        assertTrue(t.lines().isEmpty());
        assertEquals(DiagnosticCode.HTML_NO_TEXT, t.diagnostics().get(0).code());
    }
}
