package io.github.nianbao.internal.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.Internals;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextCell;
import io.github.nianbao.text.TextLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Space-aligned text: tables read from character columns, wrapped titles and paragraphs joined. */
class SpacedTextTest {

    private static ReportText read(String text) throws ReadFailure {
        return new TxtReader().read(text.getBytes(StandardCharsets.UTF_8), Internals.limits(ParseOptions.DEFAULT),
                System.nanoTime() + 60_000_000_000L);
    }

    private static List<List<String>> rows(ReportText t) {
        List<List<String>> out = new ArrayList<>();
        for (TextLine l : t.lines()) {
            if (l.kind() == LineKind.TABLE_ROW) {
                List<String> cells = new ArrayList<>();
                l.cells().forEach(c -> cells.add(c.text()));
                out.add(cells);
            }
        }
        return out;
    }

    private static List<String> paragraphs(ReportText t) {
        List<String> out = new ArrayList<>();
        for (TextLine l : t.lines()) {
            if (l.kind() == LineKind.PARAGRAPH && !l.text().isBlank()) {
                out.add(l.text());
            }
        }
        return out;
    }

    /** pdftotext -layout's way: one column per character, CJK included. */
    private static final String LAYOUT = String.join("\n",
            "某某市人民政府2024年政府信息公开工作年度报",
            "告",
            "",
            "  本报告根据《中华人民共和国政府信息公开条例》规定编制。报告数据统计期限为2024年1月",
            "1日至2024年12月31日。",
            "",
            "三、收到和处理政府信息公开申请情况",
            "",
            "                              申请人情况",
            "（本列数据的勾稽关系为…）                 自    法人或其他组织",
            "                                            总",
            "                              然    商业 科研 其",
            "                                            计",
            "                              人    企业 机构 他",
            "一、本年新收政府信息公开申请数量              36   4          51",
            "二、上年结转政府信息公开申请数量                   2          2",
            "三、本年度   （一）予以公开                4         1    5",
            "");

    @Test
    void aSpaceAlignedTableBecomesRowsThatLineUpWithItsHeader() throws ReadFailure {
        List<List<String>> rows = rows(read(LAYOUT));
        int n = rows.size();
        assertEquals(List.of("自然人", "商业企业", "科研机构", "其他", "总计"), last(rows.get(n - 4), 5));
        assertEquals(List.of("一、本年新收政府信息公开申请数量", "36", "4", "", "", "51"), last(rows.get(n - 3), 6));
        assertEquals(List.of("二、上年结转政府信息公开申请数量", "", "2", "", "", "2"), last(rows.get(n - 2), 6));
        assertEquals(List.of("三、本年度", "（一）予以公开", "4", "", "", "1", "5"), rows.get(n - 1));
    }

    /** The last {@code k} cells of a row (rows of one band have as many label cells as its widest). */
    private static List<String> last(List<String> row, int k) {
        return row.subList(row.size() - k, row.size());
    }

    @Test
    void aTitleAndAParagraphWrappedByTheLayoutAreJoined() throws ReadFailure {
        List<String> p = paragraphs(read(LAYOUT));
        assertEquals("某某市人民政府2024年政府信息公开工作年度报告", p.get(0));
        assertEquals("本报告根据《中华人民共和国政府信息公开条例》规定编制。报告数据统计期限为2024年1月1日至2024年12月31日。",
                p.get(1));
    }

    @Test
    void displayColumnsAreUsedWhenTheTextIsAlignedByThem() throws ReadFailure {
        // aligned in an editor: a CJK character takes two columns
        String text = String.join("\n",
                "二、主动公开政府信息情况",
                "",
                "信息内容        本年制发件数  本年废止件数  现行有效件数",
                "规章            0             1             3",
                "行政规范性文件  2                           5",
                "第二十条第（五）项",
                "信息内容        本年处理决定数量",
                "行政许可        12",
                "第二十条第（六）项",
                "信息内容        本年处理决定数量",
                "行政处罚        7",
                "");
        List<List<String>> rows = rows(read(text));
        assertTrue(rows.contains(List.of("行政规范性文件", "2", "", "5")), rows.toString());
        assertTrue(rows.contains(List.of("规章", "0", "1", "3")), rows.toString());
    }

    @Test
    void plainTextIsNotReadAsSpaceAligned() throws ReadFailure {
        String text = "一、总体情况\n规章 0 0 1\n行政规范性文件 2 0 5\n";
        ReportText t = read(text);
        for (TextLine l : t.lines()) {
            assertFalse(l.kind() == LineKind.TABLE_ROW);
        }
        assertFalse(SpacedText.isSpaceAligned(List.of(text.split("\n"))));
    }

    @Test
    void aTableGoingOnOnTheNextPageKeepsItsColumnsThereRescaled() throws ReadFailure {
        // the next page spreads the columns twice as far: 自然人 at 40, 其他 at 62, 总计 at 72
        String text = LAYOUT + String.join("\n",
                "\f    （二）部分公开                      3                               3",
                "    1.属于国家秘密                      7                     2         9",
                "");
        List<List<String>> rows = rows(read(text));
        assertEquals(List.of("1.属于国家秘密", "7", "", "", "2", "9"), last(rows.get(rows.size() - 1), 6));
        assertEquals(List.of("（二）部分公开", "3", "", "", "", "3"), last(rows.get(rows.size() - 2), 6));
        for (TextLine l : read(text).lines()) {
            for (TextCell c : l.cells()) {
                assertFalse(c.isOffPage(), "text has no pages to run off");
            }
        }
    }
}
