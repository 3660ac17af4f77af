package io.github.nianbao.internal.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.model.OcrReading;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Ruled tables on scanned pages at the page's right edge, and continued on the next page where the scanner put the
 * page a few points to the side.
 */
class ScanTableEdgesTest {

    private static final double WIDTH = 600;
    private static final double HEIGHT = 840;

    /** Rulings of a table with the given column edges and row edges; {@code closedRight}: a line at the last edge. */
    private static List<Ruling> table(double[] xs, double[] ys, boolean closedRight) {
        List<Ruling> out = new ArrayList<>();
        double right = xs[xs.length - 1];
        for (double y : ys) {
            out.add(new Ruling(true, y, xs[0], right));
        }
        for (int i = 0; i < xs.length - (closedRight ? 0 : 1); i++) {
            out.add(new Ruling(false, xs[i], ys[0], ys[ys.length - 1]));
        }
        return out;
    }

    private static PageContent scanned(int number, List<Ruling> rulings, List<Glyph> glyphs) {
        return new PageContent(number, WIDTH, HEIGHT, glyphs, rulings, 1, new ScanGeometry(WIDTH, HEIGHT, 0));
    }

    private static ScanEdge.Cut cut(double[] xs, boolean closedRight) {
        double[] ys = {100, 130, 160, 190};
        PageContent page = scanned(1, table(xs, ys, closedRight), List.of());
        List<TableGrid> grids = GridFinder.find(page.rulings());
        assertEquals(1, grids.size());
        return ScanEdge.of(grids.get(0), page);
    }

    @Test
    void aTableThatEndsWellInsideThePageIsWhole() {
        assertEquals(ScanEdge.Cut.NONE, cut(new double[] {60, 200, 300, 400, 520}, true));
    }

    @Test
    void aTableEndingAtTheScannedPagesEdgeRunsOffIt() {
        assertEquals(ScanEdge.Cut.AFTER_LAST, cut(new double[] {60, 200, 300, 400, 592}, true));
    }

    @Test
    void aSliverLastColumnIsAColumnTheEdgeCutThrough() {
        assertEquals(ScanEdge.Cut.THROUGH_LAST, cut(new double[] {60, 200, 300, 400, 572, 578}, true));
    }

    @Test
    void ruleLinesNotClosedAtTheRightNearTheEdgeWereCut() {
        assertEquals(ScanEdge.Cut.THROUGH_LAST, cut(new double[] {60, 200, 300, 400, 575}, false));
        assertEquals(ScanEdge.Cut.NONE, cut(new double[] {60, 200, 300, 400, 520}, false), "far from the edge");
    }

    @Test
    void aCutTableGivesRowsThatGoOnBeyondTheEdge() {
        double[] xs = {60, 200, 300, 400, 592};
        double[] ys = {100, 130, 160};
        List<Glyph> glyphs = List.of(cell("甲", 70, 120), cell("1", 210, 120), cell("2", 310, 120),
                cell("3", 410, 120), cell("乙", 70, 150), cell("4", 210, 150), cell("5", 310, 150),
                cell("6", 410, 150));
        List<Block> blocks = PageLayout.blocks(scanned(1, table(xs, ys, true), glyphs));
        TableBlock t = (TableBlock) blocks.get(0);
        assertEquals(4, t.columns(), "the last column is whole and stays");
        assertTrue(t.rows.stream().allMatch(TableBlock.Row::isClipped));
    }

    @Test
    void piecesOfOneTableOnTwoScannedPagesJoinThoughThePageLiesToTheSide() {
        double[] xs = {60, 200, 300, 400, 520};
        double[] moved = {64, 204, 304, 404, 524};
        double[] ys1 = {700, 730, 760};
        double[] ys2 = {40, 70, 100};
        List<Block> first = PageLayout.blocks(scanned(1, table(xs, ys1, true), List.of(cell("甲", 70, 720),
                cell("1", 210, 720), cell("乙", 70, 750), cell("2", 210, 750))));
        List<Block> second = PageLayout.blocks(scanned(2, table(moved, ys2, true), List.of(cell("丙", 74, 60),
                cell("3", 214, 60), cell("丁", 74, 90), cell("4", 214, 90))));
        List<Block> joined = PageStitcher.stitch(List.of(first, second));
        assertEquals(1, joined.size(), "one table");
        assertEquals(4, ((TableBlock) joined.get(0)).rows.size());
    }

    @Test
    void textLayerPiecesFourPointsApartStayApart() {
        double[] xs = {60, 200, 300, 400, 520};
        double[] moved = {64, 204, 304, 404, 524};
        List<Block> first = PageLayout.blocks(new PageContent(1, WIDTH, HEIGHT, List.of(new Glyph("1", 210, 720, 6,
                10, false)), table(xs, new double[] {700, 730, 760}, true), 0));
        List<Block> second = PageLayout.blocks(new PageContent(2, WIDTH, HEIGHT, List.of(new Glyph("3", 214, 60, 6,
                10, false)), table(moved, new double[] {40, 70, 100}, true), 0));
        assertEquals(2, PageStitcher.stitch(List.of(first, second)).size());
    }

    /** A glyph read by OCR with its baseline at {@code baseline}. */
    private static Glyph cell(String text, double x, double baseline) {
        return new Glyph(text, x, baseline, 8, 10, false, new OcrReading(0.95, false, List.of()));
    }
}
