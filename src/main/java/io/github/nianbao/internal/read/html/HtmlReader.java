package io.github.nianbao.internal.read.html;

import io.github.nianbao.internal.read.Limits;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadLimits;
import io.github.nianbao.internal.read.ReportReader;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.text.DocumentInfo;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextCell;
import io.github.nianbao.text.TextLine;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

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
    /** Rough markup characters per element, to size the per-element table of {@link PageScan}. */
    private static final int CHARS_PER_ELEMENT = 40;
    /** Elements that may hold a title missing from the body text, parsed once (jsoup's evaluators are stateless). */
    private static final Evaluator TITLE_CANDIDATES = QueryParser.parse("h1, h2, h3, [class*=title], [id*=title]");
    /** The title is looked for line by line among this many first lines before in the whole text. */
    private static final int TITLE_LINES = 20;

    @Override
    public Format format() {
        return Format.HTML;
    }

    @Override
    public ReportText read(byte[] data, ReadLimits options, long deadline) throws ReadFailure {
        HtmlCharset.Result decoded = HtmlCharset.decode(data);
        Limits.checkDeadline(deadline);
        Document doc = Jsoup.parse(decoded.text(), "", Parser.htmlParser().setMaxDepth(MAX_DEPTH));
        Limits.checkDeadline(deadline);
        Element body = doc.body();
        PageScan scan = PageScan.of(body, decoded.text().length() / CHARS_PER_ELEMENT);
        Limits.checkDeadline(deadline);
        DocumentInfo info = PageInfo.read(doc, body, scan);
        Element article = BodyFinder.find(body, scan);

        CellBudget budget = new CellBudget(options, deadline);
        List<BlockWalker.Line> walked = new ArrayList<>();
        new BlockWalker(walked, scan, budget).walk(article);

        ReportText.Builder out = ReportText.builder(Format.HTML).info(info);
        if (decoded.diagnostic() != null) {
            out.diagnostic(decoded.diagnostic());
        }
        if (scan.maxDepth() >= MAX_DEPTH - 8) {
            out.diagnostic(Diagnostic.warning(DiagnosticCode.HTML_DEEP_NESTING,
                    "elements are nested more than " + MAX_DEPTH
                    + " deep; markup below that depth was flattened and may be read incompletely", Location.UNKNOWN,
                    null));
        }
        String title = missingTitle(doc, walked, info.title());
        if (title != null) {
            out.heading(title, null);
        }
        for (BlockWalker.Line line : walked) {
            write(line, out);
        }
        if (out.size() == 0) {
            out.diagnostic(Diagnostic.warning(DiagnosticCode.HTML_NO_TEXT,
                    "the web page has no readable text (its content may be "
                    + "loaded by a script or sit in a frame)", Location.UNKNOWN, null));
        }
        return out.build();
    }

    /**
     * The report title as printed on the page when the body text read so far lacks it (a {@code h1} or a
     * {@code class="title"} block above {@code TRS_Editor}, or inside a dropped {@code <header>}), or null.
     */
    private static String missingTitle(Document doc, List<BlockWalker.Line> body, String title) {
        if (title == null) {
            return null;
        }
        String wanted = squeeze(title);
        if (wanted.length() < 4 || inFirstLines(body, wanted) || squeezed(body).contains(wanted)) {
            return null;
        }
        Iterator<Element> candidates = doc.body().selectStream(TITLE_CANDIDATES).iterator();
        while (candidates.hasNext()) { // in document order, stopping at the first that holds the title
            String text = CellText.ofSmall(candidates.next(), MAX_TITLE_NODES);
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

    /** Adds a line read by the walker; {@code out} numbers it. */
    private static void write(BlockWalker.Line line, ReportText.Builder out) {
        String[] texts = line.cells();
        if (line.isRow()) {
            int number = out.size() + 1; // the number out.row would give; added as is, so no cell list is copied
            TextCell[] cells = new TextCell[texts.length];
            for (int c = 0; c < texts.length; c++) {
                cells[c] = new TextCell(texts[c], new Location(number, 0, line.table(), line.row(), c + 1));
            }
            out.line(new TextLine(LineKind.TABLE_ROW, List.of(cells), new Location(number, 0, line.table(),
                    line.row(), 0)));
        } else if (line.heading()) {
            out.heading(texts[0], null);
        } else {
            out.paragraph(texts[0], null);
        }
    }

    private static String squeeze(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        squeezeInto(s, sb);
        return sb.toString();
    }

    /**
     * Whether one of the first lines alone, squeezed, holds {@code wanted}: then the whole squeezed text does too
     * (where a printed title usually is, found without squeezing the whole text).
     */
    private static boolean inFirstLines(List<BlockWalker.Line> lines, String wanted) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size() && i < TITLE_LINES; i++) {
            sb.setLength(0);
            for (String cell : lines.get(i).cells()) {
                squeezeInto(cell, sb);
            }
            if (sb.indexOf(wanted) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** {@code squeeze} of the lines' text joined, without building the joined text (tabs and newlines are spaces). */
    private static String squeezed(List<BlockWalker.Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (BlockWalker.Line line : lines) {
            for (String cell : line.cells()) {
                squeezeInto(cell, sb);
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
