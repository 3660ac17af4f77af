package io.github.nianbao.internal.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page as blocks in reading order: ruled tables (glyphs assigned to cells by their centre points) and the
 * remaining lines of text (tables without lines are found later, once page furniture is gone).
 */
final class PageLayout {

    /** A table's right edge this close to the page's right edge is the page's edge cutting it off. */
    static final double PAGE_EDGE = 1.5;

    private PageLayout() {
    }

    /** The blocks of one page, top to bottom. */
    static List<Block> blocks(PageContent page) {
        List<TableGrid> grids = GridFinder.find(page.rulings());
        List<List<Glyph>> inTable = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            inTable.add(new ArrayList<>());
        }
        List<Glyph> free = new ArrayList<>();
        List<Glyph> cut = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            if (!g.isSpace() && g.right() > page.width() + PAGE_EDGE) {
                cut.add(g);
            }
            if (g.centerX() < 0 || g.centerX() > page.width()) {
                continue; // beyond the page's edge: not shown
            }
            int t = tableOf(grids, g);
            if (t >= 0) {
                inTable.get(t).add(g);
            } else {
                free.add(g);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            if (inTable.get(i).stream().anyMatch(g -> !g.isSpace())) {
                double edge = clipEdge(grids.get(i), page);
                boolean cutText = !Double.isNaN(edge) && crosses(cut, grids.get(i));
                ScanEdge.Cut scanCut = Double.isNaN(edge) && page.scan() != null ? ScanEdge.of(grids.get(i), page)
                        : ScanEdge.Cut.NONE;
                if (scanCut != ScanEdge.Cut.NONE) {
                    edge = grids.get(i).right();
                    cutText = scanCut == ScanEdge.Cut.THROUGH_LAST;
                }
                TableBlock t = TableBlock.fromGrid(grids.get(i), inTable.get(i), page.number(), edge, cutText,
                        page.scan());
                if (!t.rows.isEmpty()) {
                    blocks.add(t);
                }
            }
        }
        List<LineBlock> lines = new ArrayList<>();
        for (TextLineGroup l : TextAssembler.lines(free)) {
            String text = TextCleanup.clean(l.text());
            if (!text.isEmpty()) {
                lines.add(new LineBlock(l, page.number(), text));
            }
        }
        blocks.addAll(lines);
        blocks.sort(Comparator.comparingDouble(Block::top));
        return blocks;
    }

    /**
     * The page's right edge when a ruled table reaches it (a table wider than its page, cut off by the edge: its
     * last columns are not on the page), else NaN.
     */
    static double clipEdge(TableGrid grid, PageContent page) {
        return grid.right() >= page.width() - PAGE_EDGE ? page.width() : Double.NaN;
    }

    /** Whether some glyph cut by the page's edge is at the height of the grid. */
    private static boolean crosses(List<Glyph> cut, TableGrid grid) {
        for (Glyph g : cut) {
            if (g.centerY() >= grid.top() && g.centerY() <= grid.bottom()) {
                return true;
            }
        }
        return false;
    }

    private static int tableOf(List<TableGrid> grids, Glyph g) {
        for (int i = 0; i < grids.size(); i++) {
            if (grids.get(i).contains(g.centerX(), g.centerY())) {
                return i;
            }
        }
        return -1;
    }
}
