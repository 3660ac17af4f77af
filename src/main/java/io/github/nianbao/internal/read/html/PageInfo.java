package io.github.nianbao.internal.read.html;

import io.github.nianbao.text.DocumentInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * What the page says about the document outside its body: the {@code <title>} without the site name, and the
 * 索引号 / 发布机构 / 发布日期 (or 成文日期) block, printed either as label and value in neighbouring cells
 * ({@code 索引号：} | {@code 11128658…}) or in one piece ({@code 索引号：11128658…}).
 */
final class PageInfo {

    /** Separators before a site name in a title: {@code _}, {@code |}, a dash not between digits. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile(
            "\\s*(?:_|\\||｜|(?<!\\d)-(?!\\d)|\\s[-–—－]\\s)\\s*");
    /** Label text pieces are read from at most this many text pieces of the page. */
    static final int MAX_PIECES = 20_000;
    private static final Pattern ABSOLUTE_URL = Pattern.compile("(?i)https?://\\S{3,2000}");
    /** Longest value taken for a label. */
    private static final int MAX_VALUE = 80;

    private PageInfo() {
    }

    /** The document information of {@code doc}, whose body (or frameset) {@code scan} has scanned. */
    static DocumentInfo read(Document doc, Element scanned, PageScan scan) {
        Pieces pieces = pieces(doc, scanned, scan.pieces());
        String publisher = firstValue(pieces, "发布机构", "发文机关");
        String date = firstValue(pieces, "发布日期", "成文日期", "发布时间");
        String index = firstValue(pieces, "索引号");
        return new DocumentInfo(title(doc.title()), publisher, date, index, 0, canonicalUrl(doc));
    }

    /**
     * The page's own address, from the head: {@code <link rel="canonical" href>} or {@code <meta property="og:url">},
     * when it is an absolute http(s) address; else null.
     */
    static String canonicalUrl(Document doc) {
        Element head = doc.head();
        for (int i = 0; i < head.childrenSize(); i++) {
            Element e = head.child(i);
            String url = null;
            if (e.nameIs("link") && e.attr("rel").equalsIgnoreCase("canonical")) {
                url = e.attr("href");
            } else if (e.nameIs("meta") && e.attr("property").equalsIgnoreCase("og:url")) {
                url = e.attr("content");
            }
            if (url != null && ABSOLUTE_URL.matcher(url.strip()).matches()) {
                return url.strip();
            }
        }
        return null;
    }

    /** The page title without a site-name part: the longest part between separators. */
    static String title(String raw) {
        String t = TextJoin.clean(raw == null ? "" : raw);
        if (t.isEmpty()) {
            return null;
        }
        String best = "";
        for (String part : TITLE_SEPARATOR.split(t)) {
            String p = part.strip();
            if (p.length() > best.length()) {
                best = p;
            }
        }
        return best.isEmpty() ? t : best;
    }

    /** The value of the first of {@code labels} found (earlier labels win), or null. */
    static String firstValue(Pieces pieces, String... labels) {
        for (String label : labels) {
            String v = valueOf(pieces, label);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static String valueOf(Pieces pieces, String label) {
        for (int i = 0; i < pieces.size(); i++) {
            if (!pieces.mayContain(i, label.charAt(0))) {
                continue;
            }
            String piece = pieces.get(i);
            int at = piece.indexOf(label);
            if (at < 0) {
                continue;
            }
            String after = piece.substring(at + label.length()).stripLeading();
            boolean colon = after.startsWith("：") || after.startsWith(":");
            if (!colon && TextJoin.hanCount(piece.substring(0, at)) > 0) {
                continue; // the word inside running text, not a label
            }
            String rest = stripColon(after);
            if (rest.isEmpty()) {
                rest = nextValue(pieces, i + 1);
            }
            String value = cutAtNextLabel(rest);
            if (!value.isEmpty() && value.length() <= MAX_VALUE) {
                return value;
            }
        }
        return null;
    }

    private static String nextValue(Pieces pieces, int from) {
        for (int j = from; j < pieces.size() && j < from + 3; j++) {
            String p = stripColon(pieces.get(j));
            if (p.isEmpty()) {
                continue; // a lone colon between label and value
            }
            return startsWithLabel(p) ? "" : p;
        }
        return "";
    }

    private static String stripColon(String s) {
        String t = s.strip();
        while (!t.isEmpty() && "：:】]".indexOf(t.charAt(0)) >= 0) {
            t = t.substring(1).strip();
        }
        return t;
    }

    private static boolean startsWithLabel(String s) {
        for (String label : PageRules.LINE_LABELS) {
            if (s.startsWith(label)) {
                return true;
            }
        }
        return false;
    }

    private static String cutAtNextLabel(String value) {
        int cut = value.length();
        for (String label : PageRules.LINE_LABELS) {
            int at = value.indexOf(label);
            if (at > 0 && at < cut) {
                String after = value.substring(at + label.length()).stripLeading();
                if (after.startsWith("：") || after.startsWith(":")) {
                    cut = at;
                }
            }
        }
        return value.substring(0, cut).strip();
    }

    /**
     * The page's text pieces (text nodes outside the head that hold more than spaces), in document order, each
     * cleaned ({@link TextJoin#clean}) only when looked at.
     */
    static final class Pieces {
        private final List<String> raw = new ArrayList<>();
        private String[] cleaned;

        int size() {
            return raw.size();
        }

        /** The cleaned piece {@code i}. */
        String get(int i) {
            if (cleaned == null) {
                cleaned = new String[raw.size()];
            }
            String c = cleaned[i];
            if (c == null) {
                c = TextJoin.clean(raw.get(i));
                cleaned[i] = c;
            }
            return c;
        }

        /** False when the cleaned piece {@code i} cannot hold {@code c} (cleaning only drops and joins spaces). */
        boolean mayContain(int i, char c) {
            return raw.get(i).indexOf(c) >= 0;
        }
    }

    /**
     * The text pieces of {@code doc}: those of {@code scanned} as the scan found them, and those outside it and the
     * head, in document order.
     */
    private static Pieces pieces(Document doc, Element scanned, List<String> scannedPieces) {
        Pieces out = new Pieces();
        List<String> raw = out.raw;
        TreeWalk.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (raw.size() >= MAX_PIECES) {
                    return FilterResult.STOP;
                }
                if (node == scanned) {
                    raw.addAll(scannedPieces.subList(0, Math.min(scannedPieces.size(), MAX_PIECES - raw.size())));
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (node instanceof TextNode t) {
                    String s = t.getWholeText();
                    if (TextJoin.hasText(s)) {
                        raw.add(s);
                    }
                } else if (node instanceof Element e && e.normalName().equals("head")) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                return FilterResult.CONTINUE;
            }
        }, doc);
        return out;
    }
}
