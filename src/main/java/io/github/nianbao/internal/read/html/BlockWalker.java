package io.github.nianbao.internal.read.html;

import io.github.nianbao.internal.read.Limits;
import io.github.nianbao.internal.read.ReadFailure;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * Walks the article body in document order and writes report text: {@code h1}–{@code h6} and paragraphs whose
 * whole text is bold become headings, other blocks paragraphs ({@code <br>} starts a new line), data tables their
 * grid rows. Chrome and metadata blocks are skipped. Iterative ({@link TreeWalk}), so 100,000 nested
 * elements cannot overflow the stack. Not thread-safe: one per page.
 */
final class BlockWalker implements NodeFilter {

    /** A bold paragraph longer than this stays a paragraph (bold emphasis, not a heading). */
    private static final int MAX_BOLD_HEADING = 100;

    /**
     * One line read from the page: a heading or paragraph ({@code cells} holds its one text) or a table row
     * ({@code table} and {@code row} 1-based).
     */
    record Line(boolean heading, String[] cells, int table, int row) {
        boolean isRow() {
            return table > 0;
        }
    }

    private final List<Line> out;
    private final PageScan scan;
    private final CellBudget budget;
    private final StringBuilder raw = new StringBuilder();
    private Element root;
    private int boldChars;
    private int plainChars;
    private int headingDepth;
    private int boldDepth;
    private int tables;
    private int steps;
    private ReadFailure failure;

    BlockWalker(List<Line> out, PageScan scan, CellBudget budget) {
        this.out = out;
        this.scan = scan;
        this.budget = budget;
    }

    /** Writes the report text of {@code article}. */
    void walk(Element article) throws ReadFailure {
        root = article;
        TreeWalk.filter(this, article);
        if (failure != null) {
            throw failure;
        }
        flush(false);
    }

    @Override
    public FilterResult head(Node node, int depth) {
        if (failure != null || (++steps & 1023) == 0 && overDeadline()) {
            return FilterResult.STOP;
        }
        if (node instanceof TextNode t) {
            text(t.getWholeText());
            return FilterResult.CONTINUE;
        }
        if (!(node instanceof Element e)) {
            return FilterResult.CONTINUE;
        }
        if (e != root && scan.isSkipped(e)) {
            return FilterResult.SKIP_ENTIRELY;
        }
        String tag = e.normalName();
        if (tag.equals("table") && !TableGrid.isLayout(e)) {
            return table(e);
        }
        if (tag.equals("br")) {
            boundary();
        } else if (PageRules.isHeading(tag)) {
            boundary();
            headingDepth++;
        } else if (PageRules.isBlock(tag)) {
            boundary();
        }
        if (PageRules.isBold(e)) {
            boldDepth++;
        }
        return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
        if (!(node instanceof Element e) || failure != null) {
            return FilterResult.CONTINUE;
        }
        String tag = e.normalName();
        if (PageRules.isBold(e)) {
            boldDepth--;
        }
        if (PageRules.isHeading(tag)) {
            if (headingDepth == 1) {
                flush(true);
            }
            headingDepth--;
        } else if (PageRules.isBlock(tag)) {
            boundary();
        }
        return FilterResult.CONTINUE;
    }

    private boolean overDeadline() {
        try {
            Limits.checkDeadline(budget.deadline());
            return false;
        } catch (ReadFailure ex) {
            failure = ex;
            return true;
        }
    }

    private void text(String s) {
        raw.append(s);
        boolean bold = boldDepth > 0 || headingDepth > 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (TextJoin.isPlainVisible(c) || !TextJoin.isSpace(c)) {
                if (bold) {
                    boldChars++;
                } else {
                    plainChars++;
                }
            }
        }
    }

    /** A block edge or {@code <br>}: ends the line, except inside a heading, which stays one line. */
    private void boundary() {
        if (headingDepth > 0) {
            raw.append(TextJoin.BREAK);
        } else {
            flush(false);
        }
    }

    private void flush(boolean heading) {
        String line = TextJoin.clean(raw);
        boolean wholeBold = plainChars == 0 && boldChars > 0 && line.length() <= MAX_BOLD_HEADING;
        raw.setLength(0);
        boldChars = 0;
        plainChars = 0;
        if (line.isEmpty() || PageRules.isChromeLine(line)) {
            return;
        }
        out.add(new Line(heading || wholeBold, new String[] {line}, 0, 0));
    }

    private FilterResult table(Element table) {
        flush(headingDepth > 0);
        try {
            Element caption = TableGrid.caption(table);
            if (caption != null) {
                String c = CellText.of(caption);
                if (!c.isEmpty()) {
                    out.add(new Line(false, new String[] {c}, 0, 0));
                }
            }
            List<String[]> grid = TableGrid.build(table, budget);
            tables++;
            for (int r = 0; r < grid.size(); r++) {
                row(grid.get(r), r + 1);
            }
        } catch (ReadFailure ex) {
            failure = ex;
            return FilterResult.STOP;
        }
        return FilterResult.SKIP_ENTIRELY;
    }

    private void row(String[] cells, int rowNo) {
        boolean blank = true;
        for (String c : cells) {
            blank &= c.isEmpty();
        }
        if (blank) {
            return;
        }
        out.add(new Line(false, cells, tables, rowNo));
    }
}
