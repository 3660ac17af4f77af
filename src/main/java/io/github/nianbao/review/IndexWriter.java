package io.github.nianbao.review;

import static io.github.nianbao.review.Html.esc;

import io.github.nianbao.bulk.StoredReport;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@code index.html}: one row per report, streamed to a scratch file as reports come (memory holds only the filter
 * choices), then put together with the head (whose filter lists need every row seen) and the failed files. The page
 * works without JavaScript; {@code assets/review.js} adds sorting and filtering.
 *
 * <p>The rows are a CSS grid of {@code div}s, not a {@code table}: the browser skips the layout and painting of the
 * rows off screen ({@code content-visibility: auto}), which a table's rows do not allow; with 10,000 rows that is the
 * difference between about 3 s and well under 1 s until the page has loaded.
 */
final class IndexWriter implements AutoCloseable {

    static final String FILE = "index.html";

    private final OutputFolder folder;
    private final String title;
    private final Path rowsFile;
    private final Path failedFile;
    private final Writer rows;
    private final Writer failed;
    private final TreeSet<String> years = new TreeSet<>();
    private final TreeSet<String> formats = new TreeSet<>();
    private final Map<String, Integer> codes = new TreeMap<>();
    private int imported;
    private int failedCount;

    IndexWriter(OutputFolder folder, String title) throws IOException {
        this.folder = folder;
        this.title = title;
        Path scratch = folder.root().resolve(".cache");
        Files.createDirectories(scratch);
        this.rowsFile = scratch.resolve("index-rows.tmp");
        this.failedFile = scratch.resolve("index-failed.tmp");
        this.rows = Files.newBufferedWriter(rowsFile, StandardCharsets.UTF_8);
        this.failed = Files.newBufferedWriter(failedFile, StandardCharsets.UTF_8);
    }

    /** One imported report, linking to its page {@code r/NAME.html}. */
    void add(StoredReport r, String name) throws IOException {
        imported++;
        AnnualReport report = r.report();
        TreeSet<String> flags = new TreeSet<>();
        for (Diagnostic d : report.diagnostics()) {
            if (d.severity() != Severity.INFO) {
                flags.add(d.code().name());
            }
        }
        for (String c : flags) {
            codes.merge(c, 1, Integer::sum);
        }
        String year = r.field("year") == null ? "" : r.field("year");
        String format = r.field("format") == null ? "" : r.field("format");
        years.add(year);
        formats.add(format);
        long errors = r.count("n_errors");
        long warnings = r.count("n_warnings");
        String source = r.source();
        String file = source.substring(Math.max(source.lastIndexOf('/'), source.lastIndexOf('\\')) + 1);
        StringBuilder sb = new StringBuilder(400);
        sb.append("<div class=\"r\" data-flags=\"").append(String.join(" ", flags)).append("\" data-sev=\"")
                .append(errors > 0 ? "E" : "").append(warnings > 0 ? "W" : "").append("\"><span>")
                .append(esc(r.field("agency"))).append("</span><span>").append(esc(year)).append("</span><span>")
                .append(esc(r.field("region_name"))).append("</span><span>").append(esc(format)).append("</span><span>")
                .append(esc(r.field("template"))).append("</span><span>").append(status(r)).append("</span><span")
                .append(errors > 0 ? " class=\"error\"" : "").append('>').append(errors).append("</span><span")
                .append(warnings > 0 ? " class=\"warning\"" : "").append('>').append(warnings).append("</span><span>")
                .append(String.join(" ", flags)).append("</span><a href=\"").append(esc(Html.href("r/" + name
                        + ".html"))).append("\" title=\"").append(esc(source)).append("\">").append(esc(file))
                .append("</a></div>\n");
        rows.write(sb.toString());
    }

    /** One file the import could not read. */
    void addFailed(StoredReport r) throws IOException {
        failedCount++;
        failed.write("<tr><td>" + esc(r.source()) + "</td><td><code>" + esc(r.field("reason")) + "</code></td><td>"
                + esc(r.field("error")) + "</td></tr>\n");
    }

    private static String status(StoredReport r) {
        String primary = r.field("is_primary");
        String copies = r.field("n_copies");
        if ("1".equals(primary) && copies != null && !"1".equals(copies)) {
            return "primary of " + copies;
        }
        if ("0".equals(primary)) {
            return "copy of " + copies;
        }
        return "imported";
    }

    /** Writes {@code index.html} (unless it is unchanged) and removes the scratch files. */
    OutputFolder.Written finish() throws IOException {
        rows.close();
        failed.close();
        byte[] head = head().getBytes(StandardCharsets.UTF_8);
        byte[] middle = middle().getBytes(StandardCharsets.UTF_8);
        byte[] tail = "</tbody></table></section>\n</body></html>\n".getBytes(StandardCharsets.UTF_8);
        MessageDigest md = OutputFolder.digest();
        try (OutputStream sink = new DigestOutputStream(OutputStream.nullOutputStream(), md)) {
            assemble(sink, head, middle, tail);
        }
        String hash = HexFormat.of().formatHex(md.digest());
        folder.record(FILE, hash);
        OutputFolder.Written w = OutputFolder.Written.UNCHANGED;
        if (!folder.unchanged(FILE, hash)) {
            Path tmp = folder.root().resolve(FILE + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp)) {
                assemble(out, head, middle, tail);
            }
            Files.move(tmp, folder.root().resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
            w = OutputFolder.Written.WRITTEN;
        }
        Files.deleteIfExists(rowsFile);
        Files.deleteIfExists(failedFile);
        return w;
    }

    private void assemble(OutputStream out, byte[] head, byte[] middle, byte[] tail) throws IOException {
        out.write(head);
        try (InputStream in = Files.newInputStream(rowsFile)) {
            in.transferTo(out);
        }
        out.write(middle);
        try (InputStream in = Files.newInputStream(failedFile)) {
            in.transferTo(out);
        }
        out.write(tail);
    }

    private String head() {
        StringBuilder sb = new StringBuilder(8192);
        sb.append("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width\"><title>").append(esc(title))
                .append(" — nianbao review</title><link rel=\"stylesheet\" href=\"assets/review.css\">")
                .append("<script src=\"assets/review.js\" defer></script></head>\n<body class=\"index\">\n<header><h1>")
                .append(esc(title)).append("</h1>\n<p class=\"facts\">").append(imported).append(" reports imported");
        if (failedCount > 0) {
            sb.append(" · <a href=\"#failed\">").append(failedCount).append(" files failed</a>");
        }
        sb.append("</p></header>\n<form id=\"filters\" onsubmit=\"return false\">")
                .append("<label>Agency 机构 <input type=\"search\" id=\"q-agency\"")
                .append(" placeholder=\"part of a name or region\">")
                .append("</label> <label>Year 年度 ").append(select("q-year", years)).append("</label> ")
                .append("<label>Format ").append(select("q-format", formats)).append("</label> ")
                .append("<label>Flag ").append(flagSelect()).append("</label> <output id=\"shown\">").append(imported)
                .append(" shown</output></form>\n<div id=\"reports\" class=\"rows\">\n<div class=\"r head\">")
                .append("<span data-sort=\"text\">Agency 机构</span><span data-sort=\"num\">Year 年度</span>")
                .append("<span data-sort=\"text\">Region 地区</span><span data-sort=\"text\">Format</span>")
                .append("<span data-sort=\"text\">Template</span><span data-sort=\"text\">Status</span>")
                .append("<span data-sort=\"num\">ERROR</span><span data-sort=\"num\">WARNING</span>")
                .append("<span data-sort=\"text\">Flags</span><span data-sort=\"text\">Report</span></div>\n")
                .append("<div class=\"body\">\n");
        return sb.toString();
    }

    private String middle() {
        return "</div></div>\n<section id=\"failed\"><h2>Files that failed (" + failedCount + ")</h2>\n"
                + (failedCount == 0 ? "<p class=\"none\">None: every file was imported.</p>\n" : "")
                + "<table id=\"failed-files\" class=\"list\"><thead><tr><th>Source</th><th>Reason</th><th>Why</th></tr>"
                + "</thead><tbody>\n";
    }

    private String flagSelect() {
        StringBuilder sb = new StringBuilder("<select id=\"q-flag\"><option value=\"\">any</option>")
                .append("<option value=\"E\">has an ERROR</option><option value=\"W\">has a WARNING</option>")
                .append("<option value=\"-\">no ERROR or WARNING</option>");
        for (Map.Entry<String, Integer> e : codes.entrySet()) {
            sb.append("<option value=\"").append(esc(e.getKey())).append("\">").append(esc(e.getKey())).append(" (")
                    .append(e.getValue()).append(")</option>");
        }
        return sb.append("</select>").toString();
    }

    private static String select(String id, TreeSet<String> values) {
        StringBuilder sb = new StringBuilder("<select id=\"").append(id).append("\"><option value=\"\">all</option>");
        for (String v : values) {
            if (!v.isEmpty()) {
                sb.append("<option>").append(esc(v)).append("</option>");
            }
        }
        return sb.append("</select>").toString();
    }

    @Override
    public void close() throws IOException {
        rows.close();
        failed.close();
    }
}
