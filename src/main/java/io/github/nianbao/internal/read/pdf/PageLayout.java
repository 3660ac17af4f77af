package io.github.nianbao.internal.read.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page as blocks in reading order: ruled tables (glyphs assigned to cells by their centre points) and the
 * remaining lines of text (tables without lines are found later, once page furniture is gone).
 */
final class PageLayout {

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
        for (Glyph g : page.glyphs()) {
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
                TableBlock t = TableBlock.fromGrid(grids.get(i), inTable.get(i), page.number(), page.scan());
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

    private static int tableOf(List<TableGrid> grids, Glyph g) {
        for (int i = 0; i < grids.size(); i++) {
            if (grids.get(i).contains(g.centerX(), g.centerY())) {
                return i;
            }
        }
        return -1;
    }
}
