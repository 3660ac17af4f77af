package io.github.nianbao.internal.read.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element is on a government web page: site chrome (navigation, 当前位置 breadcrumbs, share buttons,
 * footers, scripts) that is never report content, a likely article container ({@code TRS_Editor},
 * {@code Custom_UnionStyle}, {@code article}, {@code content}, {@code zoom}…), a block, bold text.
 */
final class PageRules {

    /** Tags whose content is never report text. */
    private static final Set<String> DROPPED_TAGS = Set.of("script", "style", "noscript", "template", "head",
            "title", "meta", "link", "nav", "header", "footer", "aside", "iframe", "object", "embed", "select",
            "option", "button", "input", "textarea", "svg", "canvas", "video", "audio", "map", "frameset");
    /** Length of the shortest dropped tag: a quick no for {@code p}, {@code td}, {@code br}… */
    private static final int SHORTEST_DROPPED_TAG = DROPPED_TAGS.stream().mapToInt(String::length).min().orElse(0);

    /** Tags that start and end a line. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "dl", "dt", "dd", "section", "article", "main", "blockquote", "center", "pre", "address",
            "figure", "figcaption", "hr", "form", "fieldset", "legend", "table", "caption", "thead", "tbody",
            "tfoot", "tr", "td", "th", "body", "html");

    /** Class or id words that mark chrome, matched inside a word ({@code mainNav}, {@code bdshare_box}). */
    private static final String[] CHROME_INSIDE = {"nav", "menu", "breadcrumb", "crumb", "position", "share",
        "footer", "sidebar", "toolbar", "jiathis", "copyright"};
    /** Class or id words that mark chrome only as a whole word part ({@code foot}, {@code header}). */
    private static final Set<String> CHROME_WORDS = Set.of("foot", "header", "head", "location", "bottom", "dqwz",
            "top", "banner", "logo", "search", "related", "xgwz", "print", "close", "link", "links", "friendlink", "yqlj",
            "xglj");

    /** Class or id words of article containers on government CMS pages, matched inside a word. */
    private static final String[] BODY_NAMES = {"trs_editor", "custom_unionstyle", "article", "content", "zoom",
        "view", "detail", "zhengwen", "maintext", "main_text", "newstext", "news_text", "pages_content", "context",
        "con_text", "textcon", "text_con"};
    /** Class or id words of article containers as whole word parts. */
    private static final Set<String> BODY_WORDS = Set.of("zw", "nr", "wzy", "xl", "bd", "text", "txt", "con");

    /** Line starts that are breadcrumbs, share bars or print/close links. */
    private static final Pattern CHROME_LINE = Pattern.compile(
            "^(当前位置|您现在的位置|您的位置|现在位置|所在位置|分享到|分享：|【?打印本页|【?关闭窗口|【\\s*打印\\s*】"
                    + "|【\\s*关闭\\s*】|【?\\s*字[体号]\\s*[：:])");

    /** Metadata labels of 政府信息公开 pages (索引号, 发布机构, …) that mark a metadata block. */
    static final String[] META_LABELS = {"索引号", "发布机构", "发文机关", "发布日期", "成文日期", "主题分类", "信息分类",
        "生成日期", "所属机构", "发布时间"};
    /** Labels that, followed by a colon, start a metadata line rather than content. */
    static final String[] LINE_LABELS = {"索引号", "发布机构", "发文机关", "发布日期", "成文日期", "主题分类", "信息分类",
        "生成日期", "所属机构", "发布时间", "文号", "发文字号", "公开方式", "公开范围", "公开时限", "信息来源", "来源",
        "浏览次数", "访问次数", "点击数", "阅读次数", "有效性", "体裁分类", "组配分类", "服务对象分类"};

    /**
     * Every character a chrome line can start with: the first characters of the {@link #CHROME_LINE} words, with
     * 【 and the spaces {@code \s} matches before 字, and those of the {@link #LINE_LABELS}.
     */
    private static final String CHROME_LINE_STARTS = "当您现所分【打关字 \t\n\u000B\f\r" + firstCharacters(LINE_LABELS);

    private PageRules() {
    }

    /** Whether {@code tag} (lower case) holds no report text. */
    static boolean isDroppedTag(String tag) {
        return tag.length() >= SHORTEST_DROPPED_TAG && DROPPED_TAGS.contains(tag);
    }

    /** Whether {@code tag} breaks lines. */
    static boolean isBlock(String tag) {
        return BLOCK_TAGS.contains(tag);
    }

    /** {@link #nameVerdict} bit: the class or id marks chrome. */
    static final int CHROME_NAME = 1;
    /** {@link #nameVerdict} bit: the class or id names an article container. */
    static final int BODY_NAME = 2;

    /** Whether the element is chrome by its tag, visibility, or class and id ({@code verdict}: {@link #nameVerdict}). */
    static boolean isChrome(Element e, int verdict) {
        return (verdict & CHROME_NAME) != 0 || isDroppedTag(e.normalName()) || isHiddenElement(e);
    }

    /**
     * What the class and id ({@code names}: an element's {@link #names}) say: {@link #CHROME_NAME} when they mark
     * chrome, {@link #BODY_NAME} when they name an article container (never together with a chrome word inside a
     * name part).
     */
    static int nameVerdict(String names) {
        if (names.isEmpty()) {
            return 0;
        }
        if (containsAny(names, CHROME_INSIDE)) {
            return CHROME_NAME;
        }
        boolean chrome = false;
        boolean body = containsAny(names, BODY_NAMES);
        int start = 0;
        for (int i = 0; i <= names.length(); i++) {
            if (i == names.length() || isNameSeparator(names.charAt(i))) {
                if (i > start) {
                    String part = names.substring(start, i);
                    chrome |= CHROME_WORDS.contains(part);
                    body |= BODY_WORDS.contains(part);
                }
                start = i + 1;
            }
        }
        return (chrome ? CHROME_NAME : 0) | (body ? BODY_NAME : 0);
    }

    private static boolean containsAny(String s, String[] words) {
        for (String w : words) {
            if (s.contains(w)) {
                return true;
            }
        }
        return false;
    }

    /** Separators between the word parts of class and id names: ASCII whitespace, {@code _} and {@code -}. */
    private static boolean isNameSeparator(char c) {
        return c == ' ' || c == '_' || c == '-' || c >= '\t' && c <= '\r';
    }

    /** Whether the element is bold by tag ({@code strong}, {@code b}) or by an inline {@code font-weight}. */
    static boolean isBold(Element e) {
        String tag = e.normalName();
        if (tag.equals("strong") || tag.equals("b")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        int v = styleIndexAfter(style, "font-weight:");
        if (v < 0) {
            return false;
        }
        return styleStartsAt(style, v, "bold") || styleStartsAt(style, v, "600") || styleStartsAt(style, v, "700")
                || styleStartsAt(style, v, "800") || styleStartsAt(style, v, "900");
    }

    /** Whether {@code tag} is a heading tag. */
    static boolean isHeading(String tag) {
        return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
    }

    /** Whether a line of text is a breadcrumb, share bar or print/close link rather than content. */
    static boolean isChromeLine(String line) {
        if (line.isEmpty() || CHROME_LINE_STARTS.indexOf(line.charAt(0)) < 0) {
            return false;
        }
        return CHROME_LINE.matcher(line).lookingAt() || startsWithMetaLabel(line); // anchored: lookingAt = find
    }

    /** How many distinct metadata labels {@code text} contains. */
    static int metaLabelCount(String text) {
        int n = 0;
        for (String label : META_LABELS) {
            if (text.contains(label)) {
                n++;
            }
        }
        return n;
    }

    private static String firstCharacters(String[] words) {
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            sb.append(w.charAt(0));
        }
        return sb.toString();
    }

    private static boolean startsWithMetaLabel(String line) {
        for (String label : LINE_LABELS) {
            if (line.startsWith(label)) {
                String rest = line.substring(label.length()).stripLeading();
                if (rest.startsWith("：") || rest.startsWith(":")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the element is hidden ({@code hidden}, {@code display:none}, {@code visibility:hidden}). */
    static boolean isHiddenElement(Element e) {
        if (e.hasAttr("hidden")) {
            return true;
        }
        String style = e.attr("style");
        if (style.isEmpty()) {
            return false;
        }
        for (int k = style.indexOf(':'); k >= 0; k = style.indexOf(':', k + 1)) {
            int v = k + 1;
            while (v < style.length() && style.charAt(v) == ' ') {
                v++;
            }
            char first = v < style.length() ? asciiLower(style.charAt(v)) : ' ';
            if (first == 'n' && declares(style, k, "display", ":none")
                    || first == 'h' && declares(style, k, "visibility", ":hidden")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the colon at {@code colon} in {@code style} (read lower-cased with its spaces removed) sits between
     * {@code property} and a value starting with {@code value} (which starts with the colon): one colon of what
     * {@link #styleIndexAfter} tries, for two needles in one pass.
     */
    private static boolean declares(String style, int colon, String property, String value) {
        return matchAt(style, colon, value) >= 0 && matchesBefore(style, colon, property, property.length());
    }

    /**
     * Where the text after the first {@code needle} (ASCII lower case, no spaces, exactly one colon) ends in
     * {@code style} read lower-cased with its spaces removed, as an index into {@code style}; -1 when absent. Same
     * answer as {@code style.toLowerCase(Locale.ROOT).replace(" ", "").indexOf(needle)}, without building strings:
     * each colon of the style is tried as the needle's colon (occurrences are ordered as their colons are).
     */
    private static int styleIndexAfter(String style, String needle) {
        int colon = needle.indexOf(':');
        for (int k = style.indexOf(':'); k >= 0; k = style.indexOf(':', k + 1)) {
            if (matchesBefore(style, k, needle, colon)) {
                int end = matchAt(style, k, needle.substring(colon));
                if (end >= 0) {
                    return end;
                }
            }
        }
        return -1;
    }

    /** Whether the text before {@code end} in {@code style}, spaces skipped, ends with {@code needle[0, len)}. */
    private static boolean matchesBefore(String style, int end, String needle, int len) {
        int i = end - 1;
        for (int j = len - 1; j >= 0; j--) {
            while (i >= 0 && style.charAt(i) == ' ') {
                i--;
            }
            if (i < 0 || asciiLower(style.charAt(i)) != needle.charAt(j)) {
                return false;
            }
            i--;
        }
        return true;
    }

    /** Whether {@code style} from {@code from} (spaces skipped, lower-cased) starts with {@code prefix}. */
    private static boolean styleStartsAt(String style, int from, String prefix) {
        int i = from;
        while (i < style.length() && style.charAt(i) == ' ') {
            i++;
        }
        return matchAt(style, i, prefix) >= 0;
    }

    /** Matches {@code needle} at {@code start} skipping spaces; the index after the match or -1. */
    private static int matchAt(String style, int start, String needle) {
        int i = start;
        int n = style.length();
        for (int j = 0; j < needle.length(); j++) {
            while (j > 0 && i < n && style.charAt(i) == ' ') {
                i++;
            }
            if (i >= n || asciiLower(style.charAt(i)) != needle.charAt(j)) {
                return -1;
            }
            i++;
        }
        return i;
    }

    /**
     * Lower-cases ASCII letters only. For the ASCII needles used here this agrees with
     * {@code toLowerCase(Locale.ROOT)}: the only non-ASCII letters lowering to ASCII are the Kelvin sign (to
     * {@code k}, in no needle) and dotted capital I (to {@code i} plus a combining dot, which can never match).
     */
    private static char asciiLower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }

    /** An element's class and id, lower case, space-separated and trimmed ("" when it has neither). */
    static String names(String cls, String id) {
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (cls + " " + id).toLowerCase(Locale.ROOT).strip();
    }
}
