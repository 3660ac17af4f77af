package io.github.nianbao.internal.read.columns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.internal.read.columns.PositionalCell.Role;
import io.github.nianbao.internal.read.columns.PositionalRow.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Tables from positioned words: header rows, rows of values, bands, cells beyond the page's edge, wrapped numbers. */
class PositionalTableTest {

    private static Word w(String text, double x, double width, int line) {
        return ColumnAssignerTest.w(text, x, width, line);
    }

    private static WordLine line(Word... words) {
        return new WordLine(List.of(words), WordLine.Style.PLAIN);
    }

    private static List<String> texts(PositionalRow row) {
        List<String> out = new ArrayList<>();
        row.cells().forEach(c -> out.add(c.role() == Role.OFF_PAGE ? "<off>" : c.text()));
        return out;
    }

    private static PositionalTable.Result build(List<WordLine> lines, PageEdge edge) {
        return PositionalTable.build(lines, List.of(), PositionalTable.Clip.NONE, edge,
                PositionalTable.Positions.EXACT);
    }

    /** Section 二's first sub-table and its second, each with its own header line. */
    @Test
    void eachHeaderStartsABandWithItsOwnColumns() {
        List<WordLine> lines = List.of(
                line(w("第二十条第（一）项", 10, 90, 0)),
                line(w("信息内容", 10, 40, 1), w("本年制发件数", 120, 60, 1), w("本年废止件数", 190, 60, 1),
                        w("现行有效件数", 260, 60, 1)),
                line(w("规章", 10, 20, 2), w("0", 120, 5, 2), w("1", 190, 5, 2), w("3", 260, 5, 2)),
                line(w("行政规范性文件", 10, 70, 3), w("2", 190, 5, 3)),
                line(w("第二十条第（五）项", 10, 90, 4)),
                line(w("信息内容", 10, 40, 5), w("本年处理决定数量", 120, 80, 5)),
                line(w("行政许可", 10, 40, 6), w("634", 120, 15, 6)));
        List<PositionalRow> rows = build(lines, null).rows();
        assertEquals(List.of("第二十条第（一）项", "", "", ""), texts(rows.get(0)));
        assertEquals(Kind.HEADER, rows.get(1).kind());
        assertEquals(List.of("信息内容", "本年制发件数", "本年废止件数", "现行有效件数"), texts(rows.get(1)));
        assertEquals(List.of("规章", "0", "1", "3"), texts(rows.get(2)));
        assertEquals(List.of("行政规范性文件", "", "2", ""), texts(rows.get(3)), "an empty cell stays in its column");
        assertEquals(List.of("信息内容", "本年处理决定数量"), texts(rows.get(5)));
        assertEquals(List.of("行政许可", "634"), texts(rows.get(6)));
        for (PositionalRow r : rows) {
            for (PositionalCell c : r.cells()) {
                assertNotNull(c.box(), "every cell has a box");
            }
        }
    }

    @Test
    void aTableCutOffByThePagesEdgeEndsEveryRowWithACellOffThePage() {
        // 总计 is beyond the page's edge at 300; 其他's header reaches the edge
        List<WordLine> lines = List.of(
                line(w("自然人", 100, 30, 0), w("商业企业", 150, 40, 0), w("其他", 280, 18, 0)),
                line(w("一、本年新收", 10, 60, 1), w("13", 110, 10, 1), w("2", 285, 5, 1)),
                line(w("二、上年结转", 10, 60, 2), w("1", 165, 5, 2)));
        PageEdge edge = new PageEdge(300, List.of());
        List<PositionalRow> rows = build(lines, edge).rows();
        assertEquals(List.of("", "自然人", "商业企业", "其他", "<off>"), texts(rows.get(0)));
        assertEquals(List.of("一、本年新收", "13", "", "2", "<off>"), texts(rows.get(1)));
        assertEquals(List.of("二、上年结转", "", "1", "", "<off>"), texts(rows.get(2)));
        PositionalCell off = rows.get(1).cells().get(4);
        assertEquals(300, off.box().x0(), 1e-3);
        assertEquals(0, off.box().width(), 1e-3);
    }

    @Test
    void aTableClearOfTheEdgeHasNoCellOffThePageUnlessTheEdgeCutsTextBesideIt() {
        List<WordLine> lines = List.of(
                line(w("自然人", 100, 30, 0), w("商业企业", 150, 40, 0)),
                line(w("一、本年新收", 10, 60, 1), w("13", 110, 10, 1), w("2", 165, 5, 1)));
        assertFalse(texts(build(lines, new PageEdge(300, List.of())).rows().get(1)).contains("<off>"));
        // a glyph cut by the edge at the height of the first row: the table went on beyond it
        assertTrue(texts(build(lines, new PageEdge(300, List.of(20.0))).rows().get(1)).contains("<off>"));
        assertFalse(texts(build(lines, null).rows().get(1)).contains("<off>"), "text without pages");
    }

    @Test
    void aNumberWrappedInANarrowColumnJoinsItsRow() {
        List<WordLine> lines = List.of(
                line(w("自然人", 100, 30, 0), w("总计", 200, 10, 0)),
                line(w("3", 200, 5, 1)),
                line(w("一、本年新收", 10, 60, 2), w("36", 110, 10, 2)),
                line(w("9", 200, 5, 3)),
                line(w("二、上年结转", 10, 60, 4), w("1", 110, 5, 4), w("1", 200, 5, 4)));
        List<PositionalRow> rows = build(lines, null).rows();
        assertEquals(3, rows.size(), "the pieces' lines are gone");
        assertEquals(List.of("一、本年新收", "36", "39"), texts(rows.get(1)));
        assertEquals(List.of("二、上年结转", "1", "1"), texts(rows.get(2)));
    }

    @Test
    void aTableWithoutAHeaderTakesTheColumnsItIsGiven() {
        List<Column> columns = List.of(new Column("自然人", 100, 130), new Column("商业企业", 150, 190),
                new Column("总计", 200, 210));
        List<WordLine> lines = List.of(
                line(w("3.其他", 10, 30, 0), w("1", 160, 5, 0), w("1", 202, 5, 0)),
                line(w("（七）总计", 10, 50, 1), w("4", 110, 5, 1), w("1", 160, 5, 1), w("5", 202, 5, 1)));
        PositionalTable.Result r = PositionalTable.build(lines, columns, PositionalTable.Clip.RIGHT,
                new PageEdge(600, List.of()), PositionalTable.Positions.EXACT);
        assertEquals(List.of("3.其他", "", "1", "1", "<off>"), texts(r.rows().get(0)),
                "the rest of a table cut off on the previous page is cut off too");
        assertEquals(List.of("（七）总计", "4", "1", "5", "<off>"), texts(r.rows().get(1)));
    }

    /** Random layouts: never an exception, every row as wide as its band's columns and labels. */
    @Test
    void randomLayoutsNeverFail() {
        Random random = new Random(11);
        for (int round = 0; round < 400; round++) {
            List<WordLine> lines = new ArrayList<>();
            int n = 1 + random.nextInt(12);
            for (int i = 0; i < n; i++) {
                List<Word> words = new ArrayList<>();
                int k = 1 + random.nextInt(8);
                for (int j = 0; j < k; j++) {
                    String text = random.nextInt(3) == 0 ? "标签" + j : String.valueOf(random.nextInt(100));
                    double x = random.nextInt(500);
                    double y = i * (5 + random.nextInt(20));
                    words.add(new Word(text, x, x + 1 + random.nextInt(60), y, y + 1 + random.nextInt(15)));
                }
                lines.add(new WordLine(words, WordLine.Style.PLAIN));
            }
            PositionalTable.Positions p = random.nextBoolean() ? PositionalTable.Positions.EXACT
                    : PositionalTable.Positions.SPACED;
            PageEdge edge = random.nextBoolean() ? null : new PageEdge(400, List.of(50.0));
            PositionalTable.Result r = PositionalTable.build(lines, List.of(), PositionalTable.Clip.NONE, edge, p);
            for (PositionalRow row : r.rows()) {
                assertFalse(row.cells().isEmpty());
            }
            TableFinder.find(lines);
        }
    }
}
