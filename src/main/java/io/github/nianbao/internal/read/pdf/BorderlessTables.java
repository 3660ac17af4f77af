package io.github.nianbao.internal.read.pdf;

import io.github.nianbao.internal.read.columns.Column;
import io.github.nianbao.internal.read.columns.PageEdge;
import io.github.nianbao.internal.read.columns.PositionalCell;
import io.github.nianbao.internal.read.columns.PositionalRow;
import io.github.nianbao.internal.read.columns.PositionalTable;
import io.github.nianbao.internal.read.columns.TableFinder;
import io.github.nianbao.internal.read.columns.Word;
import io.github.nianbao.internal.read.columns.WordLine;
import io.github.nianbao.model.Box;
import io.github.nianbao.model.OcrReading;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tables printed without rule lines (无框表格: borderless tables, browser prints), read from text positions with the
 * shared positional-table code ({@link TableFinder}, {@link PositionalTable}): each line's glyphs become words (a
 * gap without a printed space between two glyphs separates cells), the header's cells give the columns, and every
 * value goes to the column it lines up with. A table that reaches the page's right edge is cut off by it: its rows
 * end with a cell for the columns beyond the edge. A table that goes on at the top of the next page keeps its
 * columns there.
 */
final class BorderlessTables {

    /** A gap wider than this many ems between two glyphs, with no space printed, separates two cells. */
    private static final double CELL_GAP = 0.06;
    /** The smallest such gap, in points. */
    private static final double MIN_CELL_GAP = 0.5;
    /** A word on a scan narrower than this many ems, in the zone of the paper's edge, is a cut character's sliver. */
    private static final double SLIVER = 0.35;
    /** How far outside a cell's box (points) the middle of one of its glyphs may lie. */
    private static final double BOX_SLACK = 0.5;
    /** A printed space in a gap narrower than this many ems is a space inside one cell. */
    private static final double WORD_SPACE = 0.5;

    private BorderlessTables() {
    }

    /** Replaces, on every page, the lines that form tables without rule lines by those tables (in place). */
    static void extract(List<List<Block>> pages, List<PageContent> contents) {
        double bodySize = bodySize(pages);
        TableBlock open = null;
        for (int p = 0; p < pages.size(); p++) {
            List<Block> out = new ArrayList<>();
            List<Block> blocks = pages.get(p);
            TableBlock last = null;
            int i = 0;
            while (i < blocks.size()) {
                if (!(blocks.get(i) instanceof LineBlock)) {
                    out.add(blocks.get(i));
                    last = null;
                    i++;
                    continue;
                }
                int j = i;
                List<LineBlock> run = new ArrayList<>();
                while (j < blocks.size() && blocks.get(j) instanceof LineBlock l) {
                    run.add(l);
                    j++;
                }
                TableBlock continued = i == 0 && open != null && open.lastPage() == p ? open : null;
                last = tables(run, contents.get(p), bodySize, continued, out);
                i = j;
            }
            pages.set(p, out);
            open = last;
        }
    }

    /**
     * The tables among a run of lines, with the lines between them; the first may continue {@code open}. Returns
     * the table the run ends with (so that the next page may continue it), or null.
     */
    private static TableBlock tables(List<LineBlock> run, PageContent page, double bodySize, TableBlock open,
                                     List<Block> out) {
        List<WordLine> lines = new ArrayList<>(run.size());
        for (LineBlock l : run) {
            lines.add(wordLine(l, bodySize, cutEdge(page), page.scan() != null));
        }
        List<int[]> regions = TableFinder.find(lines);
        if (open != null && !regions.isEmpty() && regions.get(0)[0] > 0 && labelsOnly(lines, regions.get(0)[0])) {
            regions.get(0)[0] = 0; // the rest of a row cut by the page break: its label's last line
        }
        List<Double> cut = cutHeights(page);
        List<Glyph> read = ocrGlyphs(run);
        TableBlock last = null;
        int k = 0;
        for (int[] region : regions) {
            out.addAll(run.subList(k, region[0]));
            List<WordLine> part = lines.subList(region[0], region[1]);
            boolean continues = open != null && region[0] == 0;
            List<Column> inherited = continues ? open.columns : List.of();
            boolean openCut = continues && open.rows.get(open.rows.size() - 1).isClipped();
            PositionalTable.Result result = PositionalTable.build(part, inherited,
                    openCut ? PositionalTable.Clip.RIGHT : PositionalTable.Clip.NONE, new PageEdge(page.width(), cut),
                    PositionalTable.Positions.EXACT);
            if (continues && !result.rows().isEmpty() && result.rows().get(0).kind() == PositionalRow.Kind.BODY) {
                appendRows(open, result, page.number(), read);
                last = open;
            } else if (!result.rows().isEmpty()) {
                last = block(result, run.get(region[0]), page.number(), read);
                out.add(last);
            }
            k = region[1];
        }
        out.addAll(run.subList(k, run.size()));
        return k == run.size() ? last : null;
    }

    /**
     * Where text that goes on beyond the page's right edge ends: past the edge; on a scanned page, where nothing lies
     * beyond the paper, near it ({@link ScanEdge#AT_EDGE}: no text is printed that close to the paper's edge).
     */
    private static double cutEdge(PageContent page) {
        return page.scan() != null ? page.width() - ScanEdge.AT_EDGE : page.width() + PageLayout.PAGE_EDGE;
    }

    /**
     * Heights (middles) of the glyphs the page's right edge cuts through ({@link #cutEdge}).
     */
    private static List<Double> cutHeights(PageContent page) {
        List<Double> out = new ArrayList<>();
        double edge = cutEdge(page);
        for (Glyph g : page.glyphs()) {
            if (!g.isSpace() && g.right() > edge) {
                out.add(g.centerY());
            }
        }
        return out;
    }

    private static boolean labelsOnly(List<WordLine> lines, int end) {
        for (int i = 0; i < end; i++) {
            if (TableFinder.isValueRow(lines.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The glyphs OCR read on the lines (none on a text page). */
    private static List<Glyph> ocrGlyphs(List<LineBlock> run) {
        List<Glyph> out = new ArrayList<>();
        for (LineBlock l : run) {
            for (Glyph g : l.line().glyphs()) {
                if (g.ocr() != null) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /** A table block of the rows written. */
    private static TableBlock block(PositionalTable.Result result, LineBlock first, int page, List<Glyph> read) {
        double left = Double.MAX_VALUE;
        double right = -Double.MAX_VALUE;
        int width = 0;
        double bottom = first.top();
        List<TableBlock.Row> rows = new ArrayList<>();
        for (PositionalRow r : result.rows()) {
            TableBlock.Row row = row(r, page, rows.size(), read);
            rows.add(row);
            width = Math.max(width, row.text.length);
            for (Box b : row.boxes) {
                left = Math.min(left, b.x0());
                right = Math.max(right, b.x1());
                bottom = Math.max(bottom, b.y1());
            }
        }
        double[] edges = new double[width + 1];
        for (int c = 0; c <= width; c++) {
            edges[c] = left + (right - left) * c / Math.max(width, 1);
        }
        TableBlock t = new TableBlock(edges, page, first.top(), bottom, false);
        t.rows.addAll(rows);
        t.columns = result.columns();
        return t;
    }

    /** Appends the rows of the table's rest on the next page to the table. */
    private static void appendRows(TableBlock table, PositionalTable.Result result, int page, List<Glyph> read) {
        for (PositionalRow r : result.rows()) {
            table.rows.add(row(r, page, table.rows.size(), read));
        }
        table.columns = result.columns();
    }

    /**
     * A row's cells; on a scanned page each with the OCR reading of the glyphs whose middle lies in its box
     * ({@link OcrCells#reading}).
     */
    private static TableBlock.Row row(PositionalRow r, int page, int index, List<Glyph> read) {
        List<PositionalCell> cells = new ArrayList<>(r.cells());
        double clipEdge = Double.NaN;
        if (!cells.isEmpty() && cells.get(cells.size() - 1).role() == PositionalCell.Role.OFF_PAGE) {
            clipEdge = cells.remove(cells.size() - 1).box().x0();
        }
        int n = cells.size();
        String[] text = new String[n];
        Box[] boxes = new Box[n];
        int[] owner = new int[n];
        int[] span = new int[n];
        int[] start = new int[n];
        for (int c = 0; c < n; c++) {
            text[c] = TextCleanup.clean(cells.get(c).text());
            boxes[c] = cells.get(c).box();
            owner[c] = index;
            span[c] = 1;
            start[c] = c;
        }
        return new TableBlock.Row(text, owner, span, start, page, readings(boxes, read), boxes, clipEdge);
    }

    private static OcrReading[] readings(Box[] boxes, List<Glyph> read) {
        if (read.isEmpty()) {
            return null;
        }
        OcrReading[] out = new OcrReading[boxes.length];
        for (int c = 0; c < boxes.length; c++) {
            List<Glyph> in = new ArrayList<>();
            Box b = boxes[c];
            for (Glyph g : read) {
                if (!g.isSpace() && g.centerX() >= b.x0() - BOX_SLACK && g.centerX() <= b.x1() + BOX_SLACK
                        && g.centerY() >= b.y0() - BOX_SLACK && g.centerY() <= b.y1() + BOX_SLACK) {
                    in.add(g);
                }
            }
            out[c] = OcrCells.reading(in);
        }
        return out;
    }

    /**
     * A line's glyphs as words: a gap without a printed space between two glyphs ends a word. A word the page's
     * right edge cuts through (ending beyond {@code cutEdge}) is left out (what it says is not all on the page); on a
     * scanned page, a word that starts there and is narrower than {@link #SLIVER} ems (the sliver of a character
     * the paper's edge cut; a whole word, even a digit, may lie as near the edge as that).
     */
    static WordLine wordLine(LineBlock l, double bodySize, double cutEdge, boolean scanned) {
        List<Word> words = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        boolean space = false;
        for (Glyph g : l.line().glyphs()) {
            if (g.isSpace()) {
                space = !cur.isEmpty();
                continue;
            }
            if (prev != null) {
                double gap = g.x() - prev.right();
                double em = Math.max(prev.size(), 1);
                boolean inCell = space && gap <= WORD_SPACE * em;
                if (gap > Math.max(MIN_CELL_GAP, CELL_GAP * em) && !inCell) {
                    addWord(cur, words);
                    cur = new ArrayList<>();
                }
            }
            cur.add(g);
            prev = g;
            space = false;
        }
        addWord(cur, words);
        double sliver = SLIVER * bodySize;
        words.removeIf(w -> scanned ? w.x0() > cutEdge && w.x1() - w.x0() < sliver : w.x1() > cutEdge);
        if (words.isEmpty()) {
            words.add(new Word(l.text(), l.line().left(), l.line().right(), l.line().top(), l.line().baseline()));
        }
        boolean emphasised = l.line().bold() || l.line().size() > bodySize + 1.5;
        return new WordLine(words, emphasised ? WordLine.Style.EMPHASISED : WordLine.Style.PLAIN);
    }

    private static void addWord(List<Glyph> glyphs, List<Word> out) {
        if (glyphs.isEmpty()) {
            return;
        }
        String text = TextCleanup.clean(TextAssembler.lineText(glyphs));
        if (text.isBlank()) {
            return;
        }
        double top = Double.MAX_VALUE;
        double bottom = -Double.MAX_VALUE;
        for (Glyph g : glyphs) {
            top = Math.min(top, g.top());
            bottom = Math.max(bottom, g.baseline() + 0.12 * g.size());
        }
        out.add(new Word(text, glyphs.get(0).x(), glyphs.get(glyphs.size() - 1).right(), top, bottom));
    }

    /** The most common font size of text lines, weighted by length. */
    private static double bodySize(List<List<Block>> pages) {
        Map<Long, Integer> weight = new HashMap<>();
        for (List<Block> page : pages) {
            for (Block b : page) {
                if (b instanceof LineBlock l) {
                    weight.merge(Math.round(l.line().size()), l.text().length(), Integer::sum);
                }
            }
        }
        return weight.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(12L);
    }
}
