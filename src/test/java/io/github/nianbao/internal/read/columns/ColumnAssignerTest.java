package io.github.nianbao.internal.read.columns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Words to columns: spanning headers, columns left empty, words straddling two columns, crowded rows. */
class ColumnAssignerTest {

    /** A word on line {@code line} (lines 14 units apart, 10 high), {@code width} units wide. */
    static Word w(String text, double x, double width, int line) {
        return new Word(text, x, x + width, line * 14, line * 14 + 10);
    }

    private static List<String> labels(List<Column> columns) {
        List<String> out = new ArrayList<>();
        columns.forEach(c -> out.add(c.label()));
        return out;
    }

    /**
     * Section 三's header as a browser prints it: 申请人情况 over everything, 法人或其他组织 centred over five
     * columns, leaves wrapped over two or three lines.
     */
    static List<Word> requestHeader() {
        return List.of(
                w("申请人情况", 450, 50, 0),
                w("法人或其他组织", 443, 70, 1),
                w("自然", 378, 20, 2), w("总", 564, 10, 2),
                w("人", 383, 10, 3), w("商业", 404, 20, 3), w("科研", 434, 20, 3), w("社会公", 464, 30, 3),
                w("法律服", 506, 30, 3), w("其", 546, 10, 3), w("计", 564, 10, 3),
                w("企业", 404, 20, 4), w("机构", 434, 20, 4), w("益组织", 464, 30, 4), w("务机构", 506, 30, 4),
                w("他", 546, 10, 4));
    }

    @Test
    void wrappedLeavesAreJoinedAndSpanningCellsStandOverTheirColumns() {
        HeaderTree tree = HeaderTree.of(requestHeader(), 10, 0);
        assertEquals(List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"),
                labels(tree.columns()));
        List<List<HeaderCell>> rows = tree.rows();
        assertEquals(3, rows.size());
        assertEquals("申请人情况", rows.get(0).get(0).text());
        assertEquals(0, rows.get(0).get(0).column(), "申请人情况 over all seven");
        assertEquals(7, rows.get(0).get(0).span());
        assertEquals("法人或其他组织", rows.get(1).get(0).text());
        assertEquals(1, rows.get(1).get(0).column(), "centred over 商业企业 … 其他");
        assertEquals(5, rows.get(1).get(0).span());
    }

    @Test
    void aLeftAlignedSpanningCellStartsOverItsFirstColumn() {
        List<Word> header = List.of(
                w("行政复议", 0, 40, 0), w("行政诉讼", 250, 40, 0),
                w("未经复议直接起诉", 250, 80, 1), w("复议后起诉", 500, 50, 1),
                w("结果维持", 0, 40, 2), w("结果纠正", 50, 40, 2), w("其他结果", 100, 40, 2), w("尚未审结", 150, 40, 2),
                w("总计", 200, 20, 2),
                w("结果维持", 250, 40, 2), w("结果纠正", 300, 40, 2), w("其他结果", 350, 40, 2),
                w("尚未审结", 400, 40, 2), w("总计", 450, 20, 2),
                w("结果维持", 500, 40, 2), w("结果纠正", 550, 40, 2), w("其他结果", 600, 40, 2),
                w("尚未审结", 650, 40, 2), w("总计", 700, 20, 2));
        HeaderTree tree = HeaderTree.of(header, 10, 0);
        assertEquals(15, tree.columns().size());
        List<HeaderCell> groups = tree.rows().get(1);
        assertEquals(5, groups.get(0).column(), "未经复议直接起诉 over columns 6–10");
        assertEquals(10, groups.get(1).column(), "复议后起诉 over columns 11–15");
        assertEquals(0, tree.rows().get(0).get(0).column());
        assertEquals(5, tree.rows().get(0).get(1).column(), "行政诉讼 over ten columns");
    }

    @Test
    void aColumnWithoutValuesGetsNone() {
        List<Column> columns = HeaderTree.of(requestHeader(), 10, 0).columns();
        // 科研机构 (third column) is empty in every row; numbers are centred in their columns
        List<List<Word>> rows = List.of(
                List.of(w("36", 383, 10, 6), w("4", 411, 5, 6), w("5", 476, 5, 6), w("5", 519, 5, 6),
                        w("1", 549, 5, 6), w("51", 564, 10, 6)),
                List.of(w("4", 386, 5, 7), w("1", 476, 5, 7), w("5", 566, 5, 7)));
        int[][] at = ColumnAssigner.assign(columns, rows);
        assertArrayEquals(new int[] {0, 1, 3, 4, 5, 6}, at[0]);
        assertArrayEquals(new int[] {0, 3, 6}, at[1]);
    }

    @Test
    void aWordStraddlingTwoColumnsGoesWhereMostOfItIs() {
        List<Column> columns = List.of(new Column("A", 100, 120), new Column("B", 140, 160), new Column("C", 180, 200));
        List<List<Word>> rows = List.of(List.of(w("1234", 112, 24, 0), w("7", 185, 5, 0)));
        int[][] at = ColumnAssigner.assign(columns, rows);
        assertArrayEquals(new int[] {0, 2}, at[0], "1234 lies over 112–136, mostly column A's");
        assertEquals(1, ColumnAssigner.nearest(columns, w("x", 128, 14, 0)), "128–142: nearer B's header");
    }

    @Test
    void twoValuesOfARowInOneColumnAreMovedApart() {
        List<Column> columns = List.of(new Column("A", 100, 110), new Column("B", 130, 140), new Column("C", 160, 170));
        List<List<Word>> rows = List.of(
                List.of(w("1", 100, 5, 0), w("2", 131, 5, 0), w("3", 161, 5, 0)),
                List.of(w("4", 101, 5, 1), w("5", 106, 5, 1)));
        int[][] at = ColumnAssigner.assign(columns, rows);
        assertArrayEquals(new int[] {0, 1, 2}, at[0]);
        assertArrayEquals(new int[] {0, 1}, at[1], "the second moves into the free column on its right");
    }

    @Test
    void groupsFollowTheirColumnsUnderEveryAlignment() {
        List<Column> columns = List.of(new Column("A", 100, 140), new Column("B", 150, 190));
        // right-aligned values: their left edges wander, their right edges sit at each column's right
        List<List<Word>> rows = List.of(List.of(w("12345", 111, 29, 0), w("7", 184, 6, 0)),
                List.of(w("8", 134, 6, 1), w("90123", 161, 29, 1)));
        int[][] at = ColumnAssigner.assign(columns, rows);
        assertArrayEquals(new int[] {0, 1}, at[0]);
        assertArrayEquals(new int[] {0, 1}, at[1]);
    }

    @Test
    void columnsFromAnotherPageAreMovedAndScaledOntoThisPagesValues() {
        List<Column> previous = List.of(new Column("A", 10, 12), new Column("B", 20, 22), new Column("C", 30, 32),
                new Column("D", 40, 42));
        // this page spreads the columns twice as far and starts further right; column B is empty
        List<List<Word>> rows = List.of(List.of(w("1", 50, 1, 0), w("2", 90, 1, 0), w("3", 110, 1, 0)),
                List.of(w("4", 50, 1, 1), w("5", 110, 1, 1)));
        List<Column> moved = ColumnAssigner.refit(previous, rows);
        assertEquals(50.5, moved.get(0).centerX(), 0.01);
        assertEquals(110.5, moved.get(3).centerX(), 0.01);
        int[][] at = ColumnAssigner.assign(moved, rows);
        assertArrayEquals(new int[] {0, 2, 3}, at[0]);
    }
}
