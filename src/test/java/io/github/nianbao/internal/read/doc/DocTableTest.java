package io.github.nianbao.internal.read.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.nianbao.internal.read.doc.DocTable.Cell;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocTableTest {

    private static Cell cell(int left, int width, String text) {
        return new Cell(left, left + width, text);
    }

    @Test
    void gridIsTheUnionOfEdgesAndSpanningCellsLeaveEmptyColumns() throws Exception {
        List<List<Cell>> rows = List.of(
                List.of(cell(0, 300, "申请人情况")),
                List.of(cell(0, 100, "自然人"), cell(100, 200, "法人或其他组织")),
                List.of(cell(0, 100, "7"), cell(100, 100, "2"), cell(200, 100, "3")));
        assertEquals(List.of(List.of("申请人情况", "", ""), List.of("自然人", "法人或其他组织", ""), List.of("7", "2", "3")),
                DocTable.layout(rows, Integer.MAX_VALUE));
    }

    @Test
    void edgesATwipOrTwoApartAreOneGridLine() throws Exception {
        List<List<Cell>> rows = List.of(
                List.of(cell(-108, 3024, "行政复议"), cell(2916, 6051, "行政诉讼")),
                List.of(cell(-108, 1512, "a"), cell(1404, 1513, "b"), cell(2917, 6050, "c")));
        assertEquals(List.of(List.of("行政复议", "", "行政诉讼"), List.of("a", "b", "c")), DocTable.layout(rows, Integer.MAX_VALUE));
    }

    @Test
    void aRowStartingRightOfTheTableEdgeHasEmptyLeadingColumns() throws Exception {
        List<List<Cell>> rows = List.of(
                List.of(cell(0, 100, "三、本年度办理结果"), cell(100, 100, "（三）不予公开"), cell(200, 100, "1")),
                List.of(cell(200, 100, "2")),
                List.of(cell(0, 100, "x"), cell(100, 100, "y"), cell(200, 100, "3")));
        assertEquals(List.of("", "", "2"), DocTable.layout(rows, Integer.MAX_VALUE).get(1));
    }

    @Test
    void aShiftedRowKeepsItsCellsInOrderWithoutSplittingTheOthers() throws Exception {
        List<List<Cell>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < 8; r++) {
            rows.add(List.of(cell(0, 100, "label" + r), cell(100, 100, "1"), cell(200, 100, "2"), cell(300, 100, "3")));
        }
        rows.add(List.of(cell(0, 150, "shifted"), cell(150, 100, "4"), cell(250, 100, "5"), cell(350, 50, "6")));
        List<List<String>> grid = DocTable.layout(rows, Integer.MAX_VALUE);
        assertEquals(List.of("label0", "1", "2", "3"), grid.get(0));
        assertEquals(List.of("shifted", "4", "5", "6"), grid.get(8));
    }

    @Test
    void minimumSupportGrowsWithTheTable() {
        assertEquals(1, DocTable.minSupport(2));
        assertEquals(2, DocTable.minSupport(3));
        assertEquals(6, DocTable.minSupport(28));
    }

    @Test
    void tablesWithMoreGridPositionsThanAllowedAreRefused() {
        List<List<Cell>> rows = new java.util.ArrayList<>();
        for (int r = 0; r < 50; r++) {
            rows.add(List.of(cell(r * 100, 100, "x")));
        }
        io.github.nianbao.internal.read.ReadFailure e = org.junit.jupiter.api.Assertions.assertThrows(
                io.github.nianbao.internal.read.ReadFailure.class, () -> DocTable.layout(rows, 1000));
        assertEquals(io.github.nianbao.internal.read.ReadFailure.Reason.LIMIT_EXCEEDED, e.reason());
    }
}
