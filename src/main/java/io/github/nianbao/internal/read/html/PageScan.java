package io.github.nianbao.internal.read.html;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * One iterative pass over a page that measures every element (Han characters and nodes inside it, chrome left
 * out; tables inside it; its depth), finds article-container candidates and marks the
 * 索引号/发布机构/发布日期 metadata blocks, which are never report content.
 */
final class PageScan {

    /** Metadata blocks are small: at most this many Han characters. */
    private static final int META_MAX_HAN = 300;
    /** …and at most this many nodes (keeps the text look-ups cheap on huge pages). */
    private static final int META_MAX_NODES = 2000;
    private static final Set<String> META_TAGS = Set.of("table", "ul", "ol", "dl", "div", "p", "section");

    /** Measures of one element. */
    static final class Stats {
        int han;
        int nodes;
        int tables;
        int depth;
        boolean containsMeta;
        /** Metadata labels possibly in its text ({@link TextStream} bits). */
        int labels;
        /** Whether the element itself is a metadata block. */
        boolean meta;
        /** Whether the class or id names an article container. */
        boolean candidate;
    }

    /** Measures of the scanned elements holding Han characters (the others count as 0 wherever asked). */
    private final Map<Element, Stats> stats;
    private final List<Element> candidates = new ArrayList<>();
    private final Set<Element> metadata = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Elements left out as chrome (their content is not scanned). */
    private final Set<Element> chrome = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Text nodes holding more than spaces, chrome included, in document order (at most {@link PageInfo#MAX_PIECES}). */
    private final List<String> pieces = new ArrayList<>();
    /** {@link PageRules#nameVerdict} by class and id: a page repeats a few names on many elements. */
    private final Map<String, Integer> nameVerdicts = new HashMap<>();
    private int maxDepth;

    private PageScan(int expectedElements) {
        stats = new IdentityHashMap<>(Math.max(32, expectedElements));
    }

    /**
     * Scans {@code root} and everything under it, sizing the element table for about {@code expectedElements}
     * (a hint).
     */
    static PageScan of(Element root, int expectedElements) {
        PageScan scan = new PageScan(expectedElements);
        TreeWalk.filter(scan.new Visitor(), root);
        return scan;
    }

    /** The measures of {@code e}, or null when it holds no Han character or was not scanned (chrome, outside the root). */
    Stats stats(Element e) {
        return stats.get(e);
    }

    /** Han characters in {@code e} outside chrome (0 when unknown). */
    int han(Element e) {
        Stats s = stats.get(e);
        return s == null ? 0 : s.han;
    }

    /** Elements whose class or id names an article container (inner ones before outer ones). */
    List<Element> candidates() {
        return candidates;
    }

    /** Whether {@code e} is a 索引号/发布机构 metadata block. */
    boolean isMetadata(Element e) {
        return metadata.contains(e);
    }

    /**
     * Whether a walk below the root must skip {@code e}: it is chrome or a metadata block. Exact for every element
     * reached from the root without entering a skipped element.
     */
    boolean isSkipped(Element e) {
        return chrome.contains(e) || metadata.contains(e);
    }

    /**
     * The root's text nodes that hold more than spaces ({@link TextJoin#hasText}), chrome included and {@code head}
     * elements left out, in document order; the first {@link PageInfo#MAX_PIECES} of them.
     */
    List<String> pieces() {
        return pieces;
    }

    /** The deepest element nesting seen below the root. */
    int maxDepth() {
        return maxDepth;
    }

    /** The {@link PageRules#nameVerdict} of {@code e}'s class and id, looked up once per distinct pair. */
    private int nameVerdict(Element e) {
        String cls = e.attr("class");
        String id = e.attr("id");
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        // names(cls, id) is the stripped, lower-cased key, so equal keys get equal verdicts
        String key = id.isEmpty() ? cls : cls.isEmpty() ? id : cls + " " + id;
        Integer verdict = nameVerdicts.get(key);
        if (verdict == null) {
            verdict = PageRules.nameVerdict(PageRules.names(cls, id));
            nameVerdicts.put(key, verdict);
        }
        return verdict;
    }

    private void addPiece(String text, boolean hasText) {
        if (hasText && pieces.size() < PageInfo.MAX_PIECES) {
            pieces.add(text);
        }
    }

    /** Adds the pieces of a chrome element, which the scan does not enter. */
    private void addChromePieces(Element chromeRoot) {
        TreeWalk.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.getWholeText();
                    addPiece(text, TextJoin.hasText(text));
                } else if (node instanceof Element e && e.normalName().equals("head")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, chromeRoot);
    }

    private final class Visitor implements NodeFilter {
        private final ArrayList<Stats> open = new ArrayList<>();
        private final TextStream texts = new TextStream();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode t) {
                if (!open.isEmpty()) {
                    Stats top = open.get(open.size() - 1);
                    String text = t.getWholeText();
                    top.labels |= texts.read(text);
                    top.han += texts.han();
                    addPiece(text, texts.hasText());
                    top.nodes++;
                }
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            int verdict = nameVerdict(e);
            if (!open.isEmpty() && PageRules.isChrome(e, verdict)) {
                chrome.add(e);
                addChromePieces(e);
                open.get(open.size() - 1).labels = TextStream.ALL; // its text is in the parent's text, unread
                return FilterResult.SKIP_ENTIRELY;
            }
            Stats s = new Stats();
            s.candidate = (verdict & PageRules.BODY_NAME) != 0;
            s.depth = open.size();
            maxDepth = Math.max(maxDepth, s.depth);
            open.add(s);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return FilterResult.CONTINUE;
            }
            Stats s = open.remove(open.size() - 1);
            s.nodes++;
            if (e.normalName().equals("table")) {
                s.tables++;
            }
            if (!s.containsMeta && isMetadataBlock(e, s)) {
                metadata.add(e);
                s.containsMeta = true;
                s.meta = true;
            }
            if (s.han > 0) {
                stats.put(e, s);
            }
            if (s.candidate) {
                candidates.add(e);
            }
            if (!open.isEmpty()) {
                Stats parent = open.get(open.size() - 1);
                parent.han += s.han;
                parent.nodes += s.nodes;
                parent.tables += s.tables;
                parent.containsMeta |= s.containsMeta;
                parent.labels |= s.labels;
            }
            return FilterResult.CONTINUE;
        }

        private boolean isMetadataBlock(Element e, Stats s) {
            if (s.han < 6 || s.han > META_MAX_HAN || s.nodes > META_MAX_NODES || Integer.bitCount(s.labels) < 2
                    || !META_TAGS.contains(e.normalName())) {
                return false;
            }
            return PageRules.metaLabelCount(e.text()) >= 2;
        }
    }
}
