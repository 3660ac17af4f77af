package io.github.nianbao.internal.read.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Internals;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.internal.read.ReadFailure;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class TableGridTest {

    private static List<String[]> grid(String tableHtml) throws ReadFailure {
        return grid(tableHtml, ParseOptions.DEFAULT);
    }

    private static List<String[]> grid(String tableHtml, ParseOptions options) throws ReadFailure {
        Element table = Jsoup.parse("<html><body>" + tableHtml + "</body></html>").selectFirst("table");
        return TableGrid.build(table, new CellBudget(Internals.limits(options), System.nanoTime() + 10_000_000_000L));
    }

    private static void assertRow(List<String[]> g, int row, String... cells) {
        assertArrayEquals(cells, g.get(row), () -> "row " + row + ": " + String.join("|", g.get(row)));
    }

    @Test
    void rowspanAndColspanFillTheGrid() throws ReadFailure {
        List<String[]> g = grid("<table>"
                + "<tr><td rowspan=3 colspan=3>注</td><td colspan=3>申请人情况</td></tr>"
                + "<tr><td rowspan=2>自然人</td><td colspan=2>法人或其他组织</td></tr>"
                + "<tr><td>商业企业</td><td>其他</td></tr>"
                + "<tr><td colspan=3>一、本年新收</td><td>7</td><td>2</td><td>3</td></tr>"
                + "<tr><td rowspan=2>三、本年度办理结果</td><td colspan=2>（一）予以公开</td><td>1</td><td>0</td><td>1</td></tr>"
                + "<tr><td>（三）不予公开</td><td>1.属于国家秘密</td><td>2</td><td>0</td><td>2</td></tr>"
                + "</table>");
        assertEquals(6, g.size());
        assertRow(g, 0, "注", "", "", "申请人情况", "", "");
        assertRow(g, 1, "", "", "", "自然人", "法人或其他组织", "");
        assertRow(g, 2, "", "", "", "", "商业企业", "其他");
        assertRow(g, 3, "一、本年新收", "", "", "7", "2", "3");
        assertRow(g, 4, "三、本年度办理结果", "（一）予以公开", "", "1", "0", "1");
        assertRow(g, 5, "", "（三）不予公开", "1.属于国家秘密", "2", "0", "2");
    }

    @Test
    void rowspanZeroRunsToTheEndOfItsSectionAndTfootComesLast() throws ReadFailure {
        List<String[]> g = grid("<table>"
                + "<tfoot><tr><td>四、结转</td><td>9</td></tr></tfoot>"
                + "<tbody><tr><td rowspan=0>三、</td><td>1</td></tr><tr><td>2</td></tr><tr><td>3</td></tr></tbody>"
                + "<thead><tr><th>项目</th><th>数量</th></tr></thead>"
                + "</table>");
        assertEquals(5, g.size());
        assertRow(g, 0, "项目", "数量");
        assertRow(g, 1, "三、", "1");
        assertRow(g, 2, "", "2");
        assertRow(g, 3, "", "3");
        assertRow(g, 4, "四、结转", "9");
    }

    @Test
    void absurdSpansAreCappedAndEmptyColumnsDropped() throws ReadFailure {
        List<String[]> g = grid("<table>"
                + "<tr><td colspan=1000>第二十条第（一）项</td></tr>"
                + "<tr><td>信息内容</td><td>本年制发件数</td><td>现行有效件数</td></tr>"
                + "<tr><td>规章</td><td rowspan=99999>0</td><td>5</td></tr>"
                + "<tr><td>行政规范性文件</td><td>6</td></tr>"
                + "</table>");
        assertEquals(4, g.size());
        assertRow(g, 0, "第二十条第（一）项", "", "");
        assertRow(g, 1, "信息内容", "本年制发件数", "现行有效件数");
        assertRow(g, 2, "规章", "0", "5");
        assertRow(g, 3, "行政规范性文件", "", "6");
    }

    @Test
    void spanAttributesAreParsedLikeBrowsers() {
        Element cell = Jsoup.parse("<table><tr><td colspan='1000' rowspan='x'>a</td></tr></table>").selectFirst("td");
        assertEquals(TableGrid.MAX_COLSPAN, TableGrid.colspan(cell));
        assertEquals(1, TableGrid.rowspan(cell, 5));
        Element zero = Jsoup.parse("<table><tr><td colspan='0' rowspan='0'>a</td></tr></table>").selectFirst("td");
        assertEquals(1, TableGrid.colspan(zero));
        assertEquals(7, TableGrid.rowspan(zero, 7));
        Element big = Jsoup.parse("<table><tr><td rowspan='99999' colspan=' 3px'>a</td></tr></table>").selectFirst("td");
        assertEquals(3, TableGrid.rowspan(big, 3));
        assertEquals(3, TableGrid.colspan(big));
    }

    @Test
    void headerAndDataRowsWithDifferentColspansShareOneGrid() throws ReadFailure {
        List<String[]> g = grid("<table>"
                + "<tr><td colspan=5 rowspan=2>注</td><td colspan=4>申请人情况</td></tr>"
                + "<tr><td colspan=2>自然人</td><td colspan=2>总计</td></tr>"
                + "<tr><td colspan=5>一、本年新收</td><td colspan=2>7</td><td colspan=2>17</td></tr>"
                + "<tr><td rowspan=2>三、</td><td colspan=4>（一）予以公开</td><td colspan=2>1</td><td colspan=2>2</td></tr>"
                + "<tr><td colspan=2>（三）不予公开</td><td colspan=2>1.属于国家秘密</td><td colspan=2>3</td>"
                + "<td colspan=2>4</td></tr>"
                + "</table>");
        for (String[] row : g) {
            assertEquals(5, row.length, String.join("|", row));
        }
        assertRow(g, 2, "一、本年新收", "", "", "7", "17");
        assertRow(g, 3, "三、", "（一）予以公开", "", "1", "2");
        assertRow(g, 4, "", "（三）不予公开", "1.属于国家秘密", "3", "4");
    }

    @Test
    void shortRowsArePaddedToTheTableWidth() throws ReadFailure {
        List<String[]> g = grid("<table><tr><td>a</td><td>b</td><td>c</td></tr><tr><td>d</td></tr></table>");
        assertRow(g, 1, "d", "", "");
    }

    @Test
    void cellTextJoinsNestedLinesWithoutSpacesBetweenChineseAndTrimsNbsp() throws ReadFailure {
        List<String[]> g = grid("<table><tr>"
                + "<td><p><span>商业</span></p><p>企业</p></td>"
                + "<td>（二）部分公开<br>（区分处理的）</td>"
                + "<td>&nbsp;&nbsp;１２&nbsp;</td>"
                + "<td>总 计</td>"
                + "<td>Total<br>count</td>"
                + "<td>本年\n  新收</td>"
                + "</tr></table>");
        assertRow(g, 0, "商业企业", "（二）部分公开（区分处理的）", "１２", "总 计", "Total count", "本年新收");
    }

    @Test
    void nestedTableTextIsReadOnceInsideItsCell() throws ReadFailure {
        List<String[]> g = grid("<table><tr><td>外</td><td><table><tr><td>内甲</td><td>内乙</td></tr></table></td></tr>"
                + "<tr><td>a</td><td>b</td></tr></table>");
        assertEquals(2, g.size());
        assertRow(g, 0, "外", "内甲 内乙");
    }

    @Test
    void layoutTablesAreRecognised() {
        assertTrue(TableGrid.isLayout(Jsoup.parse("<table><tr><td><p>正文</p></td></tr></table>").selectFirst("table")));
        assertTrue(TableGrid.isLayout(Jsoup.parse(
                "<table><tr><td>左</td><td><table><tr><td>1</td><td>2</td></tr></table></td></tr></table>")
                .selectFirst("table")));
        assertFalse(TableGrid.isLayout(Jsoup.parse(
                "<table><tr><td>a</td><td>1</td></tr><tr><td>b</td><td>2</td></tr></table>").selectFirst("table")));
    }

    @Test
    void tooManyCellsFailWithLimitExceeded() {
        StringBuilder html = new StringBuilder("<table>");
        for (int r = 0; r < 50; r++) {
            html.append("<tr>").append("<td>1</td>".repeat(50)).append("</tr>");
        }
        html.append("</table>");
        ReadFailure e = assertThrows(ReadFailure.class,
                () -> grid(html.toString(), ParseOptions.DEFAULT.withMaxTableCells(1000)));
        assertEquals(ReadFailure.Reason.LIMIT_EXCEEDED, e.reason());
    }

    @Test
    void hugeSpansCountAgainstTheCellLimitBeforeAllocation() {
        String html = "<table><tr>" + "<td rowspan=0 colspan=64>x</td>".repeat(100) + "</tr>"
                + "<tr><td>1</td></tr>".repeat(500) + "</table>";
        ReadFailure e = assertThrows(ReadFailure.class, () -> grid(html));
        assertEquals(ReadFailure.Reason.LIMIT_EXCEEDED, e.reason());
    }
}
