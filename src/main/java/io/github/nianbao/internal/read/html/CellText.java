package io.github.nianbao.internal.read.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * The text of one table cell: the lines of its nested {@code p}/{@code div}/{@code br} joined (no space between
 * Chinese characters), {@code &nbsp;} as a space, trimmed. A table nested in the cell contributes its cells'
 * text separated by spaces, so nothing is read twice. Iterative: deep markup cannot overflow the stack.
 */
final class CellText {

    private CellText() {
    }

    /** The cleaned text of {@code cell}. */
    static String of(Element cell) {
        if (cell.childNodeSize() == 1 && cell.childNode(0) instanceof TextNode t) {
            return TextJoin.clean(t.getWholeText()); // what the walk below collects from a cell of plain text
        }
        StringBuilder raw = new StringBuilder();
        TreeWalk.filter(new Collector(raw, cell), cell);
        return TextJoin.clean(raw);
    }

    /**
     * The cleaned text of a small element, or null when it holds more than {@code maxNodes} nodes (so that
     * looking at many candidate elements stays cheap on huge pages).
     */
    static String ofSmall(Element e, int maxNodes) {
        StringBuilder raw = new StringBuilder();
        Collector collector = new Collector(raw, e);
        int[] seen = {0};
        NodeFilter.FilterResult end = TreeWalk.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                return ++seen[0] > maxNodes ? FilterResult.STOP : collector.head(node, depth);
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return collector.tail(node, depth);
            }
        }, e);
        return end == NodeFilter.FilterResult.STOP ? null : TextJoin.clean(raw);
    }

    /** Appends text, line breaks and cell separators while walking a cell. */
    private record Collector(StringBuilder raw, Element root) implements NodeFilter {

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                raw.append(t.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e) || node == root) {
                return FilterResult.CONTINUE;
            }
            String tag = e.normalName();
            if (PageRules.isDroppedTag(tag) || PageRules.isHiddenElement(e)) {
                return FilterResult.SKIP_ENTIRELY;
            }
            separate(tag);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element e && node != root) {
                separate(e.normalName());
            }
            return FilterResult.CONTINUE;
        }

        private void separate(String tag) {
            if (tag.equals("td") || tag.equals("th")) {
                raw.append(' ');
            } else if (tag.equals("br") || PageRules.isBlock(tag)) {
                raw.append(TextJoin.BREAK);
            }
        }
    }
}
