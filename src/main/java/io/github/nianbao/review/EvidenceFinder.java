package io.github.nianbao.review;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.bulk.StoredReport;
import io.github.nianbao.bulk.StoredReports;
import io.github.nianbao.export.PageCell;
import io.github.nianbao.export.ReportPage;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Box;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * Finds the {@link Evidence} for each flagged cell of a report: for a PDF a page image with the cell's box (the box
 * the import stored, or, when the database has none, the box this version's reader finds in the source file for the
 * same cell — same token on the same page), otherwise the source line. The result is cached in the site's folder
 * (one small file per report, {@link EvidenceCache}), keyed by the source's hash, the nianbao versions that imported
 * it and that reads it again now, the renderer's version and the flagged cells: a rerun opens no source file whose
 * evidence it has.
 * Thread-safe (no state but the folder).
 */
final class EvidenceFinder {

    /** The most characters of a source line shown. */
    static final int EXCERPT = 200;

    private final OutputFolder folder;
    private final Path sourceRoot;

    EvidenceFinder(OutputFolder folder, Path sourceRoot) {
        this.folder = folder;
        this.sourceRoot = sourceRoot;
    }

    Path sourceRoot() {
        return sourceRoot;
    }

    /** What was found for one report. */
    record Found(Map<String, Evidence> byCell, boolean fromCache, int imagesRendered, String sourceProblem) {
    }

    /** The evidence for every flagged cell of {@code page}, by code. */
    Found find(StoredReport stored, ReportPage page, String name) throws IOException {
        List<PageCell> flagged = page.flaggedCells();
        if (flagged.isEmpty()) {
            return new Found(Map.of(), true, 0, null);
        }
        String key = key(stored, flagged);
        String cacheFile = EvidenceCache.path(name);
        Map<String, Evidence> cached = EvidenceCache.read(folder, cacheFile, key);
        if (cached != null) {
            return new Found(cached, true, 0, null);
        }
        SourceFile source = SourceFile.locate(stored.source(), stored.sha256(), sourceRoot);
        Map<String, Evidence> out = new LinkedHashMap<>();
        if (source.problem() != null) {
            for (PageCell c : flagged) {
                out.put(c.code(), new Evidence.Note(source.problem()));
            }
            return new Found(out, false, 0, source.problem()); // not cached: the file may be found next time
        }
        int rendered = page.format() == Format.PDF ? pdf(flagged, source, name, out) : lines(flagged, source, out);
        folder.write(cacheFile, EvidenceCache.write(key, out));
        return new Found(out, false, rendered, null);
    }

    /** Page images for the flagged cells of a PDF; returns how many were rendered. */
    private int pdf(List<PageCell> flagged, SourceFile source, String name, Map<String, Evidence> out)
            throws IOException {
        Map<String, Box> boxes = new LinkedHashMap<>();
        Map<String, Evidence.BoxOrigin> origins = new LinkedHashMap<>();
        for (PageCell c : flagged) {
            Location l = c.location();
            if (l.page() < 1) {
                out.put(c.code(), new Evidence.Note(c.raw() == null ? "not printed in the document: no place on a page"
                        : "no page is known for this cell"));
            } else if (l.box() != null) {
                boxes.put(c.code(), l.box());
                origins.put(c.code(), Evidence.BoxOrigin.DATABASE);
            } else {
                Box b = reparsedBox(source, c);
                if (b == null) {
                    out.put(c.code(), new Evidence.Note("no position on page " + l.page() + " is known for this cell: "
                            + "the database has none, and this version's PDF reader keeps none for it (or reads it "
                            + "elsewhere)"));
                } else {
                    boxes.put(c.code(), b);
                    origins.put(c.code(), Evidence.BoxOrigin.SOURCE_REREAD);
                }
            }
        }
        if (boxes.isEmpty()) {
            return 0;
        }
        int rendered = 0;
        try (PDDocument doc = Loader.loadPDF(source.bytes())) {
            PageRenderer renderer = new PageRenderer(doc);
            for (PageCell c : flagged) {
                Box box = boxes.get(c.code());
                if (box == null) {
                    continue;
                }
                try {
                    PageRenderer.Cut cut = renderer.cut(c.location().page(), box);
                    String file = "img/" + name + "-" + c.code() + ".png";
                    folder.write(file, cut.png());
                    out.put(c.code(), new Evidence.Image(file, c.location().page(), cut.box(), cut.region(),
                            PageRenderer.SCALE, cut.width(), cut.height(), origins.get(c.code())));
                    rendered++;
                } catch (IOException | RuntimeException e) {
                    out.put(c.code(), new Evidence.Note("the page image could not be made: " + e.getMessage()));
                }
            }
        } catch (IOException e) {
            for (String code : boxes.keySet()) {
                out.putIfAbsent(code, new Evidence.Note("the PDF could not be opened to render its page: "
                        + e.getMessage()));
            }
        }
        return rendered;
    }

    /** The box this version's reader gives the same cell: same code, same printed token, same page; else null. */
    private static Box reparsedBox(SourceFile source, PageCell c) {
        AnnualReport again;
        try {
            again = source.reparse();
        } catch (NianbaoException | RuntimeException e) {
            return null;
        }
        CellValue v = again.cells().get(c.code());
        if (v == null || v.location().box() == null || v.location().page() != c.location().page()
                || !Objects.equals(v.raw(), c.raw())) {
            return null;
        }
        return v.location().box();
    }

    /** The source lines of the flagged cells (HTML, DOCX, DOC, TXT); returns 0 (no images). */
    private static int lines(List<PageCell> flagged, SourceFile source, Map<String, Evidence> out) {
        Map<Integer, String> lines;
        try {
            lines = source.lines();
        } catch (NianbaoException | RuntimeException e) {
            for (PageCell c : flagged) {
                out.put(c.code(), new Evidence.Note("the source file could not be read again: " + e.getMessage()));
            }
            return 0;
        }
        for (PageCell c : flagged) {
            int n = c.location().line();
            String text = n > 0 ? lines.get(n) : null;
            if (text != null) {
                out.put(c.code(), new Evidence.Line(n, excerpt(text, c.raw())));
            } else {
                out.put(c.code(), new Evidence.Note(c.raw() == null ? "not printed in the document: no source line"
                        : "no source line is known for this cell"));
            }
        }
        return 0;
    }

    /**
     * A long line (text that lost its table grid can hold a whole table on one line) cut to {@link #EXCERPT}
     * characters around the first place the cell's printed token appears, with … where it was cut.
     */
    static String excerpt(String line, String raw) {
        if (line.length() <= EXCERPT) {
            return line;
        }
        int at = raw == null || raw.isBlank() ? -1 : line.indexOf(raw);
        int start = Math.max(0, Math.min(line.length() - EXCERPT, (at < 0 ? 0 : at) - EXCERPT / 2));
        int end = Math.min(line.length(), start + EXCERPT);
        return (start > 0 ? "…" : "") + line.substring(start, end) + (end < line.length() ? "…" : "");
    }

    /** What the evidence of a report depends on. */
    private static String key(StoredReport stored, List<PageCell> flagged) {
        StringBuilder sb = new StringBuilder();
        sb.append(stored.sha256()).append('|').append(stored.field("nianbao_version")).append('|')
                .append(StoredReports.currentVersion()).append('|')
                .append(PageRenderer.VERSION).append('|').append(EvidenceCache.VERSION);
        for (PageCell c : flagged) {
            Location l = c.location();
            sb.append('|').append(c.code()).append(',').append(c.raw()).append(',').append(l.page()).append(',')
                    .append(l.line()).append(',').append(l.box());
        }
        return HexFormat.of().formatHex(OutputFolder.digest().digest(sb.toString().getBytes(StandardCharsets.UTF_8)))
                .substring(0, 32);
    }
}
