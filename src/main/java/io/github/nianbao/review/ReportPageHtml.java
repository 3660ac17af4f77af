package io.github.nianbao.review;

import static io.github.nianbao.review.Html.esc;

import io.github.nianbao.bulk.StoredReport;
import io.github.nianbao.export.PageCell;
import io.github.nianbao.export.PageRow;
import io.github.nianbao.export.PageSlot;
import io.github.nianbao.export.PageTable;
import io.github.nianbao.export.ReportPage;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Template;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One report's page: its three tables with every flagged cell coloured and its diagnostic code in the cell, beside
 * them the flagged cells ({@link FlaggedCellsHtml}), then the other diagnostics and the report's metadata and
 * provenance.
 */
final class ReportPageHtml {

    /** The columns of {@code reports} shown under "Metadata and provenance", with their labels. */
    private static final List<String[]> FIELDS = List.of(
            new String[] {"title", "Title 标题"}, new String[] {"agency", "Agency 机构"},
            new String[] {"year", "Year 年度"}, new String[] {"template", "Template 模板"},
            new String[] {"publisher", "Publisher 发布机构"}, new String[] {"publish_date", "Published 发布日期"},
            new String[] {"index_number", "Index number 索引号"}, new String[] {"source_url", "Published at 原文链接"},
            new String[] {"region_code", "Region code 区划代码"}, new String[] {"region_name", "Region 地区"},
            new String[] {"level", "Level 层级"}, new String[] {"agency_type", "Agency type 机构类型"},
            new String[] {"agency_key", "Agency key"}, new String[] {"source", "Source file"},
            new String[] {"format", "Format"}, new String[] {"size_bytes", "Size (bytes)"},
            new String[] {"sha256", "SHA-256"}, new String[] {"copy_group", "Copy group"},
            new String[] {"n_copies", "Copies"}, new String[] {"is_primary", "Primary copy"},
            new String[] {"n_cells_read", "Cells read"}, new String[] {"parse_ms", "Parse time (ms)"},
            new String[] {"nianbao_version", "Imported by nianbao"}, new String[] {"imported_at", "Imported at"});

    /** Other copies linked from a page (the primary first); the index lists every one. */
    private static final int LINKED_COPIES = 20;

    private final StoredReport stored;
    private final ReportPage page;
    private final Map<String, Evidence> evidence;
    private final String sourceHref;
    private final StringBuilder sb = new StringBuilder(64 * 1024);

    private ReportPageHtml(StoredReport stored, ReportPage page, Map<String, Evidence> evidence, String sourceHref) {
        this.stored = stored;
        this.page = page;
        this.evidence = evidence;
        this.sourceHref = sourceHref;
    }

    /**
     * The page's HTML.
     *
     * @param sourceHref a link from the page to the source file, or null
     */
    static String render(StoredReport stored, ReportPage page, Map<String, Evidence> evidence, String sourceHref) {
        return new ReportPageHtml(stored, page, evidence, sourceHref).render();
    }

    /** The page's file name in the site, from the content hash (stable across imports of the same file). */
    static String name(String sha256, long id) {
        return sha256 == null ? "id-" + id : sha256.substring(0, Math.min(16, sha256.length()));
    }

    private String render() {
        String agency = page.metadata().agency();
        Integer year = page.metadata().year();
        String heading = (agency == null ? "(agency not found)" : agency) + " " + (year == null ? "" : year);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(esc(heading.strip())).append(" · ").append(esc(format()))
                .append(" — nianbao review</title><link rel=\"stylesheet\" href=\"../assets/review.css\"></head>\n")
                .append("<body class=\"report\">\n");
        nav();
        header(heading);
        sb.append("<div class=\"split\">\n<main>\n");
        if (page.tables().isEmpty()) {
            sb.append("<p class=\"none\">No tables: the report's template is ").append(esc(page.template().name()))
                    .append(" (").append(page.template() == Template.LEGACY
                            ? "a report from before 2019: metadata and narrative only" : "not recognised")
                    .append(").</p>\n");
        }
        for (PageTable t : page.tables()) {
            table(t);
        }
        sb.append("</main>\n");
        FlaggedCellsHtml.append(sb, stored, page, evidence, sourceHref);
        sb.append("</div>\n");
        otherDiagnostics();
        metadata();
        sb.append("</body></html>\n");
        return sb.toString();
    }

    private String format() {
        return page.format() == null ? "?" : page.format().id();
    }

    private void nav() {
        sb.append("<nav><a href=\"../index.html\">← all reports</a>");
        if (!stored.copies().isEmpty()) {
            sb.append(" · other copies of this report:");
            for (StoredReport.Copy c : stored.copies().subList(0, Math.min(LINKED_COPIES, stored.copies().size()))) {
                sb.append(" <a href=\"").append(esc(Html.href(name(c.sha256(), c.id()) + ".html")))
                        .append("\" title=\"").append(esc(c.source())).append("\">").append(esc(c.format()))
                        .append(c.primary() ? " (primary)" : "").append("</a>");
            }
            if (stored.copies().size() > LINKED_COPIES) {
                sb.append(" and ").append(stored.copies().size() - LINKED_COPIES)
                        .append(" more (the index lists them)");
            }
        }
        sb.append("</nav>\n");
    }

    private void header(String heading) {
        sb.append("<header><h1>").append(esc(page.metadata().title() == null ? heading : page.metadata().title()))
                .append("</h1>\n<p class=\"facts\">").append(esc(heading.strip())).append(" · template ")
                .append(esc(page.template().code() == null ? "unknown" : page.template().code())).append(" · ")
                .append(esc(format().toUpperCase(Locale.ROOT))).append(" · ");
        String primary = stored.field("is_primary");
        sb.append("1".equals(primary) ? "primary copy" : "0".equals(primary) ? "a copy (not primary)" : "imported");
        sb.append(" · <span class=\"n error\">").append(stored.count("n_errors"))
                .append(" ERROR</span> <span class=\"n warning\">").append(stored.count("n_warnings"))
                .append(" WARNING</span> <span class=\"n info\">")
                .append(stored.count("n_infos")).append(" INFO</span>");
        if (sourceHref != null) {
            sb.append(" · <a href=\"").append(esc(sourceHref)).append("\">source file</a>");
        }
        sb.append("</p></header>\n");
    }

    private void table(PageTable t) {
        sb.append("<section class=\"table\" id=\"s").append(esc(t.section())).append("\"><h2>").append(esc(t.title()))
                .append("</h2>\n<table class=\"grid s").append(esc(t.section())).append("\">\n");
        for (PageRow r : t.rows()) {
            sb.append("<tr class=\"").append(r.kind().name().toLowerCase(Locale.ROOT)).append("\">");
            for (PageSlot s : r.slots()) {
                if (s instanceof PageSlot.Label l) {
                    sb.append("<th").append(spans(l.rowSpan(), l.colSpan())).append('>').append(esc(l.text()))
                            .append("</th>");
                } else if (s instanceof PageSlot.Value v) {
                    cell(v.cell(), v.colSpan());
                }
            }
            sb.append("</tr>\n");
        }
        sb.append("</table></section>\n");
    }

    private void cell(PageCell c, int colSpan) {
        String flag = c.flag().name().toLowerCase(Locale.ROOT).replace('_', '-');
        sb.append("<td").append(spans(1, colSpan)).append(" id=\"c-").append(esc(c.code())).append('"');
        if (c.flag() != PageCell.Flag.NONE || c.value() == null) {
            sb.append(" class=\"v ").append(flag).append(c.value() == null ? " null" : "").append('"');
        }
        if (c.flag() != PageCell.Flag.NONE) { // a tooltip for the marked cells; the others' codes are in their ids
            sb.append(" title=\"").append(esc(c.code() + ": " + leaf(c.rowLabel()) + " × " + leaf(c.columnLabel())));
            for (Diagnostic d : c.diagnostics()) {
                sb.append("\n").append(esc(d.severity() + " " + d.code() + ": " + d.message()));
            }
            for (Diagnostic d : c.brokenSums()) {
                sb.append("\n").append(esc("part of a sum that does not add up: " + d.message()));
            }
            sb.append('"');
        }
        sb.append('>');
        String value = c.value() == null ? "" : c.value().toPlainString();
        if (c.isFlagged()) {
            sb.append("<a href=\"#f-").append(esc(c.code())).append("\">").append(value.isEmpty() ? "∅" : esc(value))
                    .append("</a>");
        } else {
            sb.append(esc(value));
        }
        if (c.rawDiffers()) {
            sb.append("<span class=\"raw\">").append(esc(c.raw())).append("</span>");
        }
        for (String code : c.diagnostics().stream().map(d -> d.code().name()).distinct().toList()) {
            sb.append("<span class=\"dx\">").append(code).append("</span>");
        }
        sb.append("</td>");
    }

    private void otherDiagnostics() {
        List<Diagnostic> other = page.otherDiagnostics();
        sb.append("<section id=\"other\"><h2>Other diagnostics (").append(other.size() + stored.unknownCodes().size())
                .append(")</h2>\n");
        if (other.isEmpty() && stored.unknownCodes().isEmpty()) {
            sb.append("<p class=\"none\">None.</p>\n");
        } else {
            sb.append("<table class=\"list\"><thead><tr><th>Severity</th><th>Code</th><th>Message</th><th>Cell</th>"
                    + "<th>Where</th></tr></thead><tbody>\n");
            for (Diagnostic d : other) {
                sb.append("<tr class=\"").append(d.severity().name().toLowerCase(Locale.ROOT)).append("\"><td>")
                        .append(d.severity()).append("</td><td><code>").append(d.code()).append("</code></td><td>")
                        .append(esc(d.message())).append(origin(stored, d)).append("</td><td>").append(esc(d.cell()))
                        .append("</td><td>").append(esc(d.location().isUnknown() ? "" : where(d.location())))
                        .append("</td></tr>\n");
            }
            for (String u : stored.unknownCodes()) {
                sb.append("<tr><td colspan=\"5\">").append(esc(u))
                        .append(" <i>(a code this version of nianbao does not "
                        + "know)</i></td></tr>\n");
            }
            sb.append("</tbody></table>\n");
        }
        sb.append("</section>\n");
    }

    private void metadata() {
        sb.append("<section id=\"meta\"><h2>Metadata and provenance</h2>\n<dl>\n");
        for (String[] f : FIELDS) {
            String v = stored.field(f[0]);
            if (v == null) {
                continue;
            }
            sb.append("<dt>").append(esc(f[1])).append("</dt><dd>");
            if (f[0].equals("source_url") && (v.startsWith("http://") || v.startsWith("https://"))) {
                sb.append("<a href=\"").append(esc(v)).append("\">").append(esc(v)).append("</a>");
            } else if (f[0].equals("source") && sourceHref != null) {
                sb.append("<a href=\"").append(esc(sourceHref)).append("\">").append(esc(v)).append("</a>");
            } else {
                sb.append(esc(v));
            }
            sb.append("</dd>\n");
        }
        sb.append("</dl></section>\n");
    }

    /** Where the diagnostic came from when not the parser: the import's identity pass or the pass across reports. */
    static String origin(StoredReport stored, Diagnostic d) {
        int i = stored.report().diagnostics().indexOf(d);
        String o = i < 0 ? "parse" : stored.origins().get(i);
        return switch (o) {
            case "panel" -> " <i class=\"origin\">(found across reports)</i>";
            case "import" -> " <i class=\"origin\">(agency identity)</i>";
            default -> "";
        };
    }

    static String where(Location l) {
        return l.isUnknown() ? "no location known" : l.toString();
    }

    static String leaf(String path) {
        List<String> p = CodebookEntry.labelPath(path);
        return p.get(p.size() - 1);
    }

    private static String spans(int rowSpan, int colSpan) {
        String rows = rowSpan > 1 ? " rowspan=\"" + rowSpan + "\"" : "";
        return rows + (colSpan > 1 ? " colspan=\"" + colSpan + "\"" : "");
    }
}
