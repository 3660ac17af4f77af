package io.github.nianbao.internal.read.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PdfGeometryTest {

    private static Glyph g(String s, double x, double baseline, double size) {
        return new Glyph(s, x, baseline, s.codePointAt(0) < 0x2E80 ? size * 0.55 : size, size, false);
    }

    @Test
    void snapsNearbyLinesAndJoinsCollinearPieces() {
        List<Ruling> raw = List.of(new Ruling(true, 100.0, 10, 50), new Ruling(true, 101.2, 52, 90),
                new Ruling(true, 120, 10, 90), new Ruling(false, 10, 100, 120), new Ruling(false, 11.5, 100, 120));
        List<Ruling> clean = Rulings.clean(raw);
        List<Ruling> h = clean.stream().filter(Ruling::horizontal).toList();
        List<Ruling> v = clean.stream().filter(r -> !r.horizontal()).toList();
        assertEquals(2, h.size());
        assertEquals(100.6, h.get(0).position(), 1e-9);
        assertEquals(10, h.get(0).start(), 1e-9);
        assertEquals(90, h.get(0).end(), 1e-9);
        assertEquals(1, v.size());
        assertEquals(10.75, v.get(0).position(), 1e-9);
    }

    /** A 2×2 grid whose top row has no middle separator: the top row is one merged cell. */
    private static TableGrid mergedTopRow() {
        List<Ruling> lines = new ArrayList<>();
        for (double y : new double[] {100, 120, 140}) {
            lines.add(new Ruling(true, y, 10, 110));
        }
        lines.add(new Ruling(false, 10, 100, 140));
        lines.add(new Ruling(false, 110, 100, 140));
        lines.add(new Ruling(false, 60, 120, 140));
        return GridFinder.find(lines).get(0);
    }

    @Test
    void missingSeparatorMergesCells() {
        TableGrid grid = mergedTopRow();
        assertEquals(2, grid.rows());
        assertEquals(2, grid.columns());
        assertTrue(grid.isOrigin(0, 0));
        assertFalse(grid.isOrigin(0, 1));
        assertEquals(grid.cellOf(0, 0), grid.cellOf(0, 1));
        assertTrue(grid.isOrigin(1, 1));
    }

    @Test
    void glyphGoesToTheCellHoldingItsCentre() {
        TableGrid grid = mergedTopRow();
        // a 14 pt CJK glyph whose box starts above the row line (top 124.7 < 120? no: baseline 137, top ~124.7)
        // and a tall glyph whose box pokes into the row above but whose centre is in row 2
        Glyph tall = g("数", 20, 138, 20); // box from 120.4 down to 140.4; centre 130.4 → row 2
        Glyph number = g("7", 80, 136, 12);
        TableBlock t = TableBlock.fromGrid(grid, List.of(g("标", 20, 115, 12), tall, number), 1, Double.NaN, false, null);
        assertArrayEquals(new String[] {"标", ""}, t.rows.get(0).text);
        assertArrayEquals(new String[] {"数", "7"}, t.rows.get(1).text);
    }

    @Test
    void verticalLabelIsReassembled() {
        List<Glyph> glyphs = new ArrayList<>();
        String label = "三、本年度办理结果";
        for (int i = 0; i < label.length(); i++) {
            glyphs.add(g(label.substring(i, i + 1), 85, 300 + i * 12, 9));
        }
        assertEquals(label, TextCleanup.clean(TextAssembler.cellText(glyphs)));
    }

    @Test
    void wrappedNumberIsRejoinedAndWrappedLabelHasNoSpace() {
        assertEquals("17", TextAssembler.cellText(List.of(g("1", 100, 200, 10), g("7", 100, 212, 10))));
        assertEquals("1.本机关不掌握相关政府信息", TextCleanup.clean(TextAssembler.cellText(List.of(
                g("1", 10, 200, 10), g(".", 15.5, 200, 10), g("本", 19, 200, 10), g("机", 29, 200, 10),
                g("关", 39, 200, 10), g("不", 49, 200, 10), g("掌", 59, 200, 10), g("握", 69, 200, 10),
                g("相", 10, 213, 10), g("关", 20, 213, 10), g("政", 30, 213, 10), g("府", 40, 213, 10),
                g("信", 50, 213, 10), g("息", 60, 213, 10)))));
        assertEquals("Hello world", TextAssembler.joinLines(List.of("Hello", "world")));
    }

    @Test
    void cjkRadicalsAndCompatibilityIdeographsAreMappedOneByOne() {
        assertEquals("一日行方人", TextCleanup.mapIdeographs("\u2F00\u2F47\u2F8F\u2F45\u2F08"));
        assertEquals("长门", TextCleanup.mapIdeographs("\u2ED3\u2ED4"));
        assertEquals("\u8C48", TextCleanup.mapIdeographs("\uF900"));
        assertEquals("（一）总计", TextCleanup.clean("（一）总 计"), "full-width brackets are kept");
        assertEquals(2, TextCleanup.countBroken("a\uFFFDb\uE001"));
    }

    @Test
    void pageNumbersAreRecognised() {
        assertTrue(PageFurniture.isPageNumber("- 3 -"));
        assertTrue(PageFurniture.isPageNumber("— 3 —"));
        assertTrue(PageFurniture.isPageNumber("第 3 页 共 5 页"));
        assertTrue(PageFurniture.isPageNumber("3/5"));
        assertFalse(PageFurniture.isPageNumber("一、总体情况"));
    }

    private static TableBlock.Row row(int page, int index, String... text) {
        int n = text.length;
        int[] owner = new int[n];
        int[] span = new int[n];
        int[] start = new int[n];
        for (int c = 0; c < n; c++) {
            owner[c] = index;
            span[c] = 1;
            start[c] = c;
        }
        return new TableBlock.Row(text.clone(), owner, span, start, page, new io.github.nianbao.model.Box[n], Double.NaN);
    }

    @Test
    void continuedTableIsStitchedAndSplitLabelRejoined() {
        double[] edges = {10, 60, 150, 200};
        TableBlock first = new TableBlock(edges, 1, 100, 700, true);
        first.rows.add(row(1, 0, "标题", "项目", "数量"));
        first.rows.add(row(1, 1, "（四）无", "1.本机关不掌握相关政府信息", "746"));
        TableBlock second = new TableBlock(new double[] {10.5, 61, 149, 201}, 2, 80, 300, true);
        second.rows.add(row(2, 0, "标题", "项目", "数量"));
        TableBlock.Row continued = row(2, 1, "法提供", "2.没有现成信息需要另行制作", "11");
        continued.span[0] = 2;
        second.rows.add(continued);
        second.rows.add(row(2, 2, "", "3.补正后申请内容仍不明确", "1"));
        List<List<Block>> pages = new ArrayList<>();
        pages.add(new ArrayList<>(List.of(first)));
        pages.add(new ArrayList<>(List.of(second)));
        List<Block> out = PageStitcher.stitch(pages);
        assertEquals(1, out.size());
        TableBlock t = (TableBlock) out.get(0);
        assertEquals(4, t.rows.size(), "repeated header dropped");
        assertEquals("（四）无法提供", t.rows.get(1).text[0]);
        assertEquals("", t.rows.get(2).text[0]);
        assertEquals("11", t.rows.get(2).text[2]);
    }

    @Test
    void rowSplitByThePageBreakIsRejoined() {
        double[] edges = {10, 60, 150};
        TableBlock first = new TableBlock(edges, 1, 100, 700, true);
        first.rows.add(row(1, 0, "6.属于四类过程性", "12"));
        TableBlock second = new TableBlock(edges, 2, 80, 300, true);
        second.rows.add(row(2, 0, "信息", ""));
        second.rows.add(row(2, 1, "7.属于行政执法案卷", "9"));
        PageStitcher.append(first, second);
        assertEquals(2, first.rows.size());
        assertEquals("6.属于四类过程性信息", first.rows.get(0).text[0]);
        assertEquals("7.属于行政执法案卷", first.rows.get(1).text[0]);
    }

    @Test
    void tablesWithDifferentColumnsAreNotStitched() {
        assertFalse(PageStitcher.sameColumns(new double[] {10, 60, 150}, new double[] {10, 100, 150}));
        assertTrue(PageStitcher.sameColumns(new double[] {10, 60, 150}, new double[] {11, 62, 149}));
    }

    @Test
    void headerPieceWithMergedColumnsIsRegriddedAndStitched() {
        TableBlock first = new TableBlock(new double[] {10, 100, 200}, 1, 600, 700, true);
        TableBlock.Row header = row(1, 0, "（本列数据的勾稽关系为：第一项加第二项之和，等", "申请人情况");
        first.rows.add(header);
        TableBlock second = new TableBlock(new double[] {10, 100, 150, 200}, 2, 80, 300, true);
        TableBlock.Row rest = row(2, 0, "于第三项加第四项之和）", "自然人", "总计");
        rest.span[0] = 2;
        rest.span[1] = 2;
        second.rows.add(rest);
        second.rows.add(row(2, 1, "一、本年新收政府信息公开申请数量", "7", "17"));
        List<List<Block>> pages = new ArrayList<>();
        pages.add(new ArrayList<>(List.of(first)));
        pages.add(new ArrayList<>(List.of(second)));
        List<Block> out = PageStitcher.stitch(pages);
        assertEquals(1, out.size());
        TableBlock t = (TableBlock) out.get(0);
        assertEquals(3, t.columns());
        assertArrayEquals(new String[] {"（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况", ""},
                t.rows.get(0).text);
        assertArrayEquals(new String[] {"", "自然人", "总计"}, t.rows.get(1).text, "a cell of other width is not joined");
    }
}
