package io.github.nianbao.review;

import static io.github.nianbao.review.Html.esc;

import io.github.nianbao.bulk.StoredReport;
import io.github.nianbao.export.PageCell;
import io.github.nianbao.export.ReportPage;
import io.github.nianbao.model.Box;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Format;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The part of a report page beside its tables: each flagged cell with its value and printed token, its diagnostics'
 * messages, where it was printed, and the page image or source line it came from ({@link Evidence}).
 */
final class FlaggedCellsHtml {

    private final StringBuilder sb;
    private final StoredReport stored;
    private final ReportPage page;
    private final Map<String, Evidence> evidence;
    private final String sourceHref;

    private FlaggedCellsHtml(StringBuilder sb, StoredReport stored, ReportPage page, Map<String, Evidence> evidence,
                             String sourceHref) {
        this.sb = sb;
        this.stored = stored;
        this.page = page;
        this.evidence = evidence;
        this.sourceHref = sourceHref;
    }

    /** Appends the {@code aside} to {@code sb}. */
    static void append(StringBuilder sb, StoredReport stored, ReportPage page, Map<String, Evidence> evidence,
                       String sourceHref) {
        new FlaggedCellsHtml(sb, stored, page, evidence, sourceHref).flags();
    }

    private void flags() {
        List<PageCell> flagged = page.flaggedCells();
        sb.append("<aside id=\"flags\"><h2>Flagged cells (").append(flagged.size()).append(")</h2>\n");
        if (flagged.isEmpty()) {
            sb.append("<p class=\"none\">No diagnostic names a cell of the tables.</p>\n");
        }
        for (PageCell c : flagged) {
            flag(c);
        }
        sb.append("</aside>\n");
    }

    private void flag(PageCell c) {
        String flag = c.flag().name().toLowerCase(Locale.ROOT);
        sb.append("<article class=\"flag ").append(flag).append("\" id=\"f-").append(esc(c.code()))
                .append("\" data-code=\"").append(esc(c.code())).append("\">\n<h3><a href=\"#c-").append(esc(c.code()))
                .append("\">").append(esc(ReportPageHtml.leaf(c.rowLabel()))).append(" × ").append(esc(ReportPageHtml.leaf(c.columnLabel())))
                .append("</a> <code>").append(esc(c.code())).append("</code></h3>\n<p class=\"val\">")
                .append(c.value() == null ? "no value" : "value <b>" + esc(c.value().toPlainString()) + "</b>");
        if (c.raw() == null) {
            sb.append(", nothing printed");
        } else if (c.rawDiffers() || c.value() == null) {
            sb.append(", printed as <q class=\"raw\">").append(esc(c.raw())).append("</q>");
        }
        sb.append("</p>\n<ul class=\"dx\">");
        for (Diagnostic d : c.diagnostics()) {
            sb.append("<li class=\"").append(d.severity().name().toLowerCase(Locale.ROOT)).append("\"><b>")
                    .append(d.severity()).append(' ').append(d.code()).append("</b> <span class=\"msg\">")
                    .append(esc(d.message())).append("</span>").append(ReportPageHtml.origin(stored, d)).append("</li>");
        }
        sb.append("</ul>\n<p class=\"where\">").append(esc(ReportPageHtml.where(c.location())));
        if (sourceHref != null && page.format() == Format.PDF && c.location().page() > 0) {
            sb.append(" · <a href=\"").append(esc(sourceHref)).append("#page=").append(c.location().page())
                    .append("\">open the PDF at page ").append(c.location().page()).append("</a>");
        }
        sb.append("</p>\n");
        evidence(c);
        sb.append("</article>\n");
    }

    private void evidence(PageCell c) {
        Evidence e = evidence.get(c.code());
        if (e instanceof Evidence.Image i) {
            sb.append("<figure><img src=\"../").append(esc(Html.href(i.file()))).append("\" width=\"").append(i.width())
                    .append("\" height=\"").append(i.height()).append("\" loading=\"lazy\" alt=\"page ")
                    .append(i.page())
                    .append(" around ").append(esc(c.code())).append("\" data-page=\"").append(i.page())
                    .append("\" data-box=\"").append(edges(i.box())).append("\" data-region=\"")
                    .append(edges(i.region()))
                    .append("\" data-scale=\"").append(i.scale()).append("\"><figcaption>page ").append(i.page())
                    .append(", the cell's box ").append(i.origin() == Evidence.BoxOrigin.DATABASE
                            ? "as the import stored it" : "found by reading the source file again (the database has "
                            + "no position for it)").append("</figcaption></figure>\n");
        } else if (e instanceof Evidence.Line l) {
            boolean hasToken = c.raw() == null || c.raw().isBlank() || l.text().contains(c.raw());
            sb.append("<p class=\"line\"><span>source line ").append(l.line()).append(":</span> <code>")
                    .append(esc(l.text().replace('\t', '│'))).append("</code>")
                    .append(hasToken ? "" : " <i>(the printed token is not on this line as read again)</i>")
                    .append("</p>\n");
        } else if (e instanceof Evidence.Note n) {
            sb.append("<p class=\"note\">").append(esc(n.text())).append("</p>\n");
        }
    }

    private static String edges(Box b) {
        return b.x0() + " " + b.y0() + " " + b.x1() + " " + b.y1();
    }
}
