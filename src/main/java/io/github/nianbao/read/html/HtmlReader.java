package io.github.nianbao.read.html;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.read.Limits;
import io.github.nianbao.read.ReportReader;
import io.github.nianbao.text.DocumentInfo;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextCell;
import io.github.nianbao.text.TextLine;
import java.util.ArrayList;
import java.util.List;
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

        CellBudget budget = new CellBudget(options, deadline);
        ReportText.Builder walked = ReportText.builder(Format.HTML);
        new BlockWalker(walked, scan, budget).walk(article);
        ReportText walkedText = walked.build();

        ReportText.Builder out = ReportText.builder(Format.HTML).info(info);
        if (decoded.diagnostic() != null) {
            out.diagnostic(decoded.diagnostic());
        }
        if (scan.maxDepth() >= MAX_DEPTH - 8) {
            out.diagnostic(Diagnostic.warning("HTML_DEEP_NESTING", "elements are nested more than " + MAX_DEPTH
                    + " deep; markup below that depth was flattened and may be read incompletely", Location.UNKNOWN,
                    null));
        }
        String title = missingTitle(doc, walkedText, info.title());
        if (title != null) {
            out.heading(title, null);
        }
        for (TextLine line : walkedText.lines()) {
            copy(line, out);
        }
        if (out.size() == 0) {
            out.diagnostic(Diagnostic.warning("HTML_NO_TEXT", "the web page has no readable text (its content may be "
                    + "loaded by a script or sit in a frame)", Location.UNKNOWN, null));
        }
        return out.build();
    }

    /**
     * The report title as printed on the page when the body text read so far lacks it (a {@code h1} or a
     * {@code class="title"} block above {@code TRS_Editor}, or inside a dropped {@code <header>}), or null.
     */
    private static String missingTitle(Document doc, ReportText body, String title) {
        if (title == null) {
            return null;
        }
        String wanted = squeeze(title);
        if (wanted.length() < 4 || squeezed(body).contains(wanted)) {
            return null;
        }
        for (Element e : doc.body().select("h1, h2, h3, [class*=title], [id*=title]")) {
            String text = CellText.ofSmall(e, MAX_TITLE_NODES);
            if (text == null) {
                continue;
            }
            String squeezed = squeeze(text);
            if (squeezed.equals(wanted) || squeezed.contains(wanted) && squeezed.length() <= wanted.length() + 20) {
                return text;
            }
        }
        return null;
    }

    /** Adds a line read earlier, letting {@code out} number it afresh. */
    private static void copy(TextLine line, ReportText.Builder out) {
        Location l = line.location();
        Location where = new Location(0, l.page(), l.table(), l.row(), l.column());
        if (line.kind() == LineKind.TABLE_ROW) {
            List<TextCell> cells = new ArrayList<>(line.cells().size());
            for (TextCell c : line.cells()) {
                Location cl = c.location();
                cells.add(new TextCell(c.text(), new Location(0, cl.page(), cl.table(), cl.row(), cl.column())));
            }
            out.row(cells, where);
        } else if (line.kind() == LineKind.HEADING) {
            out.heading(line.text(), where);
        } else {
            out.paragraph(line.text(), where);
        }
    }

    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        squeezeInto(s, sb);
        return sb.toString();
    }

    /** {@code squeeze(text.text())} without building the joined text (its tabs and newlines are spaces). */
    private static String squeezed(ReportText text) {
        StringBuilder sb = new StringBuilder();
        for (TextLine line : text.lines()) {
            for (TextCell cell : line.cells()) {
                squeezeInto(cell.text(), sb);
            }
        }
        return sb.toString();
    }

    private static void squeezeInto(String s, StringBuilder sb) {
        for (int i = 0; i < s.length(); i++) {
            if (!TextJoin.isSpace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
    }
}
