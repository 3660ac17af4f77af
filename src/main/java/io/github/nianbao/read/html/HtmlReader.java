package io.github.nianbao.read.html;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.read.Limits;
import io.github.nianbao.read.ReportReader;
import io.github.nianbao.text.DocumentInfo;
import io.github.nianbao.text.ReportText;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads a report published as a web page (网页版年报): decodes it ({@link HtmlCharset}), finds the article body
 * among the site chrome ({@link BodyFinder}), and writes its headings, paragraphs and table grids
 * ({@link BlockWalker}, {@link TableGrid}). The page title and the 索引号/发布机构/发布日期 block go to
 * {@link DocumentInfo}, never into the report text. Stateless and thread-safe.
 */
public final class HtmlReader implements ReportReader {

    /**
     * Deepest element nesting jsoup keeps; deeper markup is flattened by the parser (no page needs more, and
     * deeper trees make parsing quadratic).
     */
    static final int MAX_DEPTH = 512;
    /** An element that may hold the title outside the body is looked at only when it is this small. */
    private static final int MAX_TITLE_NODES = 200;

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public ReportText read(byte[] data, ParseOptions options, long deadline) throws NianbaoException {
        HtmlCharset.Result decoded = HtmlCharset.decode(data);
        Limits.checkDeadline(deadline);
        Document doc = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        Limits.checkDeadline(deadline);
        Element body = doc.body();
        PageScan scan = PageScan.of(body);
        Limits.checkDeadline(deadline);
        DocumentInfo info = PageInfo.read(doc);
        Element article = BodyFinder.find(body, scan);

        ReportText.Builder out = ReportText.builder(Format.HTML).info(info);
        if (decoded.diagnostic() != null) {
            out.diagnostic(decoded.diagnostic());
        }
        if (scan.maxDepth() >= MAX_DEPTH - 8) {
            out.diagnostic(Diagnostic.warning("HTML_DEEP_NESTING", "elements are nested more than " + MAX_DEPTH
                    + " deep; markup below that depth was flattened and may be read incompletely", Location.UNKNOWN,
                    null));
        }
        BlockWalker walker = new BlockWalker(out, scan, new CellBudget(options, deadline));
        Element title = titleOutside(doc, article, scan, info.title());
        if (title != null) {
            walker.heading(CellText.of(title));
        }
        walker.walk(article);
        if (out.size() == 0) {
            out.diagnostic(Diagnostic.warning("HTML_NO_TEXT", "the web page has no readable text (its content may be "
                    + "loaded by a script or sit in a frame)", Location.UNKNOWN, null));
        }
        return out.build();
    }

    /**
     * The element printing the report title when it sits outside the article body (a {@code h1} or a
     * {@code class="title"} block above {@code TRS_Editor}), or null when the body has the title itself.
     */
    private static Element titleOutside(Document doc, Element article, PageScan scan, String title) {
        if (title == null) {
            return null;
        }
        String wanted = squeeze(title);
        if (wanted.length() < 4 || squeeze(article.text()).contains(wanted)) {
            return null;
        }
        for (Element e : doc.body().select("h1, h2, h3, [class*=title], [id*=title]")) {
            PageScan.Stats s = scan.stats(e);
            if (s == null || s.nodes > MAX_TITLE_NODES || scan.contains(article, e)) {
                continue;
            }
            String text = squeeze(CellText.of(e));
            if (text.equals(wanted) || text.contains(wanted) && text.length() <= wanted.length() + 20) {
                return e;
            }
        }
        return null;
    }

    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!TextJoin.isSpace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }
}
