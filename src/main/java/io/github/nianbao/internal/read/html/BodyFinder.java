package io.github.nianbao.internal.read.html;

import org.jsoup.nodes.Element;

/**
 * Finds the article body of a page: the container named like one ({@code TRS_Editor}, {@code article},
 * {@code content}, {@code zoom}…) that holds the most Chinese text, or else the whole page body; then the
 * innermost element below it that still holds nearly all that text and every table, so that unmarked links and
 * lists around the article are left out.
 */
final class BodyFinder {

    /** A named container must hold at least this share of the page's text… */
    private static final double MIN_SHARE = 0.3;
    /** …and at least this many Han characters. */
    private static final int MIN_HAN = 20;
    /** Descending keeps at least this share of the text. */
    private static final double KEEP_SHARE = 0.95;

    private BodyFinder() {
    }

    /** The element whose content is the report. */
    static Element find(Element body, PageScan scan) {
        int total = scan.han(body);
        Element best = null;
        for (Element c : scan.candidates()) {
            if (best == null || scan.han(c) > scan.han(best)) {
                best = c;
            }
        }
        Element start = body;
        if (best != null && scan.han(best) >= Math.max(MIN_HAN, total * MIN_SHARE)) {
            start = best;
        }
        return descend(start, scan);
    }

    private static Element descend(Element start, PageScan scan) {
        Element current = start;
        boolean moved = true;
        while (moved) {
            moved = false;
            PageScan.Stats cur = scan.stats(current);
            if (cur == null || cur.han == 0) {
                return current;
            }
            for (int i = 0; i < current.childNodeSize(); i++) {
                if (!(current.childNode(i) instanceof Element child)) {
                    continue;
                }
                PageScan.Stats s = scan.stats(child);
                if (s != null && s.han >= cur.han * KEEP_SHARE && s.tables == cur.tables && !scan.isMetadata(child)) {
                    current = child;
                    moved = true;
                    break;
                }
            }
        }
        return current;
    }
}
