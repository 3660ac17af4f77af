package io.github.nianbao.internal.read.columns;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which lines form a table: rows with values, the header above them, empty rows after them; never prose. */
class TableFinderTest {

    private static Word w(String text, double x, double width, int line) {
        return ColumnAssignerTest.w(text, x, width, line);
    }

    private static WordLine line(WordLine.Style style, Word... words) {
        return new WordLine(List.of(words), style);
    }

    private static WordLine line(Word... words) {
        return line(WordLine.Style.PLAIN, words);
    }

    @Test
    void theHeaderAboveAndTheEmptyRowsAfterBelongToTheTable() {
        List<WordLine> lines = List.of(
                line(w("本报告根据《中华人民共和国政府信息公开条例》规定编制，报告数据统计期限为一年。", 10, 500, 0)),
                line(WordLine.Style.EMPHASISED, w("三、收到和处理政府信息公开申请情况", 10, 200, 1)),
                line(w("申请人情况", 300, 50, 2)),
                line(w("自然人", 250, 30, 3), w("总计", 400, 20, 3)),
                line(w("一、本年新收", 10, 60, 4), w("3", 260, 5, 4), w("3", 405, 5, 4)),
                line(w("二、上年结转", 10, 60, 5)),
                line(w("三、本年度办理结果", 10, 90, 6), w("2", 260, 5, 6), w("2", 405, 5, 6)),
                line(w("四、结转下年度继续办理", 10, 110, 7)));
        List<int[]> tables = TableFinder.find(lines);
        assertEquals(1, tables.size());
        assertArrayEquals(new int[] {2, 8}, tables.get(0));
    }

    @Test
    void proseWithNumbersIsNotATable() {
        List<WordLine> lines = List.of(
                line(w("2024年，共发布各类信息", 10, 140, 0), w("139", 152, 18, 0), w("条，其中政务动态类信息", 172, 130, 0),
                        w("25", 304, 12, 0), w("条。", 318, 24, 0)),
                line(w("媒体发布转载各类政务信息", 10, 140, 1), w("240", 152, 18, 1), w("条。", 172, 24, 1)),
                line(w("计期限为", 10, 48, 2), w("2024", 60, 24, 2), w("年", 86, 12, 2), w("1", 100, 6, 2),
                        w("月", 108, 12, 2)));
        assertTrue(TableFinder.find(lines).isEmpty());
    }

    @Test
    void aRowEndsWithValues() {
        assertEquals(1, line(w("规章", 10, 20, 0), w("0", 100, 5, 0), w("/", 150, 5, 0)).valueStart());
        assertEquals(-1, line(w("规章", 10, 20, 0), w("3", 100, 5, 0), w("条", 150, 5, 0)).valueStart());
        assertTrue(TableFinder.isValueRow(line(w("0", 100, 5, 0), w("—", 150, 5, 0))));
        assertTrue(!TableFinder.isValueRow(line(w("7", 100, 5, 0))), "a lone number does not start a table");
    }
}
