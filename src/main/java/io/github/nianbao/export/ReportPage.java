package io.github.nianbao.export;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.model.Template;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a review page shows of one report (审阅页), as plain data: its three tables drawn as the template draws them,
 * each number with its raw token, location and diagnostics, and the diagnostics that name no cell of the tables.
 * Rendering (HTML or anything else) is up to the caller.
 *
 * @param source           where the document came from, or null
 * @param format           the format it was read from, or null
 * @param template         the layout detected
 * @param metadata         title, agency, year and provenance
 * @param tables           sections 二, 三 and 四 (none for a {@link Template#LEGACY} or {@link Template#UNKNOWN}
 *                         report)
 * @param otherDiagnostics the report's diagnostics that name no cell shown in {@code tables}, in report order
 */
public record ReportPage(String source, Format format, Template template, Metadata metadata, List<PageTable> tables,
                         List<Diagnostic> otherDiagnostics) {

    public ReportPage {
        Objects.requireNonNull(template, "template");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        tables = List.copyOf(tables);
        otherDiagnostics = List.copyOf(otherDiagnostics);
    }

    /** The page of {@code report}: every cell of its template (and any cell of the other layout it printed). */
    public static ReportPage of(AnnualReport report) {
        return PageLayout.build(report);
    }

    /** Every number cell of the tables, in table order. */
    public List<PageCell> cells() {
        List<PageCell> out = new ArrayList<>();
        for (PageTable t : tables) {
            out.addAll(t.cells());
        }
        return out;
    }

    /** The cells a diagnostic names, in table order. */
    public List<PageCell> flaggedCells() {
        return cells().stream().filter(PageCell::isFlagged).toList();
    }
}
