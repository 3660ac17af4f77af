package io.github.nianbao.internal.parse;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.model.Narrative;
import io.github.nianbao.model.Template;
import io.github.nianbao.text.LineKind;
import io.github.nianbao.text.ReportText;
import io.github.nianbao.text.TextLine;
import io.github.nianbao.validate.ReportValidator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Report text → {@link AnnualReport}: finds the six parts, maps the three tables by their printed labels, detects
 * the template, checks the arithmetic. Immutable and thread-safe; every call works on its own state.
 */
public final class ReportParser {

    private final Matching matching;
    private final int maxDiagnostics;

    /**
     * @param matching       how labels are matched
     * @param maxDiagnostics most diagnostics kept per document (further ones are counted in one last diagnostic)
     */
    public ReportParser(Matching matching, int maxDiagnostics) {
        this.matching = java.util.Objects.requireNonNull(matching, "matching");
        this.maxDiagnostics = maxDiagnostics;
    }

    /** The bound of the table decoder's search (states per step), beyond which a table is left undecided. */
    private static final int MAX_DECODER_STATES = 200_000;

    public AnnualReport parse(ReportText text, String source) {
        DiagnosticList diagnostics = new DiagnosticList(maxDiagnostics);
        text.diagnostics().forEach(diagnostics::add);
        List<TextLine> lines = RunOnText.expand(text.lines());
        PartSplitter.Parts parts = PartSplitter.split(lines);
        Signature signature = Signature.find(lines);
        Metadata metadata = MetadataExtractor.extract(lines, parts.firstPartLine(), text.info(), signature,
                readByOcr(text), diagnostics);

        CellTable cells = new CellTable(diagnostics);
        ProactiveTableParser proactive = new ProactiveTableParser(matching, cells, diagnostics);
        int[] proactiveRange = range(parts, Part.PROACTIVE, lines.size());
        if (parts.has(Part.PROACTIVE) && isStream(lines, proactiveRange)) {
            proactive.parseStream(part(lines, proactiveRange));
        } else {
            proactive.parse(rows(lines, proactiveRange));
        }
        RequestTableParser requests = new RequestTableParser(matching, cells, diagnostics);
        int[] requestRange = range(parts, Part.REQUESTS, lines.size());
        if (isStream(lines, requestRange)) {
            new RequestStream(requests, cells, diagnostics, MAX_DECODER_STATES).parse(part(lines, requestRange));
        } else {
            requests.parse(rows(lines, requestRange));
        }
        ReviewTableParser review = new ReviewTableParser(cells, diagnostics);
        int[] reviewRange = range(parts, Part.REVIEW, lines.size());
        if (parts.has(Part.REVIEW) && isStream(lines, reviewRange)) {
            review.parseStream(part(lines, reviewRange));
        } else {
            review.parse(rows(lines, reviewRange));
        }

        boolean tables = proactive.found() || !requests.rowsFound().isEmpty() || review.found();
        Template template = tables
                ? TemplateDetector.detect(proactive.votes(), metadata.year(), requests.rowsFound().keySet())
                : noTables(metadata, parts, diagnostics);
        Map<String, CellValue> result = new LinkedHashMap<>();
        if (tables) {
            proactive.assign(template);
            noteTemplate(template, metadata.year(), diagnostics);
            result = OcrArithmetic.check(complete(template, cells, requests.rowsFound().keySet(), diagnostics),
                    diagnostics);
        }
        Narrative narrative = narrative(lines, parts, signature);
        ReportValidator.validate(result, narrative.overview()).forEach(diagnostics::add);
        return new AnnualReport(source, text.format(), template, metadata, narrative, result, diagnostics.toList());
    }

    /** Whether any page of the document was read by OCR. */
    private static boolean readByOcr(ReportText text) {
        return text.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.OCR_PAGE);
    }

    /**
     * Whether a part's table lost its grid: no line of the part is a table row (a crawl's text, run-on or one
     * text node per line). Such tables are decoded as token streams.
     */
    private static boolean isStream(List<TextLine> lines, int[] range) {
        for (int i = Math.max(0, range[0]); i < range[1]; i++) {
            if (lines.get(i).kind() == LineKind.TABLE_ROW) {
                return false;
            }
        }
        return true;
    }

    /** The lines of a part after its heading (all lines when the part was not found). */
    private static List<TextLine> part(List<TextLine> lines, int[] range) {
        return range[0] == 0 ? lines.subList(0, range[1]) : lines.subList(range[0] + 1, range[1]);
    }

    private static int[] range(PartSplitter.Parts parts, Part part, int size) {
        int[] r = parts.range(part);
        if (r != null && parts.isHeadless(part)) {
            return new int[] {r[0] - 1, r[1]}; // the part's first line is a table row, not a heading
        }
        return r != null ? r : new int[] {0, size};
    }

    private static List<TableRow> rows(List<TextLine> lines, int[] range) {
        List<TableRow> out = new ArrayList<>(range[1] - range[0]);
        for (int i = range[0] + 1; i < range[1]; i++) {
            out.add(TableRow.of(lines.get(i)));
        }
        if (range[0] == 0 && !lines.isEmpty()) {
            out.add(0, TableRow.of(lines.get(0)));
        }
        return out;
    }

    private static Template noTables(Metadata m, PartSplitter.Parts parts, DiagnosticList diagnostics) {
        boolean titled = m.title() != null;
        if (titled && m.year() != null && m.year() < 2019) {
            diagnostics.info(DiagnosticCode.LEGACY_REPORT,
                    "a report for " + m.year() + " (before the 2019 template): its "
                    + "statistics are free-form, only metadata and narrative were read", Location.UNKNOWN, null);
            return Template.LEGACY;
        }
        if (titled || parts.ranges().size() >= 3) {
            diagnostics.error(DiagnosticCode.TABLES_NOT_FOUND,
                    "this looks like an annual report, but none of its three tables "
                    + "(二 主动公开, 三 依申请公开, 四 行政复议/行政诉讼) was found", Location.UNKNOWN, null);
        } else {
            diagnostics.error(DiagnosticCode.NOT_A_REPORT, "this document is not a 政府信息公开工作年度报告 (government "
                    + "information-disclosure annual report): no report title, parts or tables were found",
                    Location.UNKNOWN, null);
        }
        return Template.UNKNOWN;
    }

    private static void noteTemplate(Template t, Integer year, DiagnosticList diagnostics) {
        Template byYear = TemplateDetector.byYear(year);
        if (byYear != null && byYear != t && byYear != Template.LEGACY) {
            diagnostics.info(DiagnosticCode.TEMPLATE_ERA,
                    "the tables follow the " + t.code() + " template although the report "
                    + "is for " + year + " (the " + byYear.code() + " era)", Location.UNKNOWN, null);
        }
    }

    /**
     * Every code of the template, in codebook order (cells not found are null, one ERROR per missing row), then
     * cells the report printed from the other template's （六）其他处理 layout.
     */
    private static Map<String, CellValue> complete(Template t, CellTable cells, java.util.Set<String> rows,
                                                   DiagnosticList diagnostics) {
        boolean singleOther = rows.contains("other");
        boolean subOther = rows.contains("other_nocorrect") || rows.contains("other_nofee")
                || rows.contains("other_misc");
        if (t == Template.F2021 && singleOther && !subOther) {
            diagnostics.warning(DiagnosticCode.S3_OTHER_SINGLE_ROW,
                    "section 三 prints the 2019 template's single （六）其他处理 "
                    + "row: its values are in s3_other_*; the 2021 sub-rows s3_other_nocorrect/nofee/misc are null",
                    cells.get("s3_other_natural").location(), "s3_other_natural");
        } else if (t == Template.F2019 && subOther && !singleOther) {
            diagnostics.warning(DiagnosticCode.S3_OTHER_SUBROWS, "section 三 prints the 2021 template's three （六）其他处理 "
                    + "sub-rows: their values are in s3_other_nocorrect/nofee/misc; s3_other_* is null",
                    Location.UNKNOWN, "s3_other_natural");
        }
        List<String> allCodes = Codebook.standard().allCodes();
        Map<String, CellValue> out = new LinkedHashMap<>(allCodes.size() * 2);
        Map<String, Boolean> reportedRows = new HashMap<>();
        int found = 0;
        for (CodebookEntry e : Codebook.standard().entries(t)) {
            CellValue v = cells.get(e.code());
            if (v != null) {
                out.put(e.code(), v);
                found++;
                continue;
            }
            out.put(e.code(), CellValue.missing(e.code()));
            boolean otherVariant = e.code().startsWith("s3_other_") && (isSubRow(e.code()) ? singleOther && !subOther
                    : subOther && !singleOther);
            if (!otherVariant && reportedRows.putIfAbsent(e.rowLabel(), Boolean.TRUE) == null) {
                diagnostics.error(DiagnosticCode.ROW_MISSING,
                        "row not found: " + e.rowLabel() + " (section " + e.section()
                        + "); its cells are null", Location.UNKNOWN, e.code());
            }
        }
        if (found < cells.size()) { // cells outside the template's codes were printed
            for (String code : allCodes) {
                CellValue v = cells.get(code);
                if (v != null) {
                    out.putIfAbsent(code, v);
                }
            }
        }
        return out;
    }

    private static boolean isSubRow(String code) {
        return code.startsWith("s3_other_nocorrect_") || code.startsWith("s3_other_nofee_")
                || code.startsWith("s3_other_misc_");
    }

    private static Narrative narrative(List<TextLine> lines, PartSplitter.Parts parts,
                                       Signature signature) {
        int end = signature != null ? signature.firstLine() : lines.size();
        return new Narrative(prose(lines, parts.range(Part.OVERVIEW), end), prose(lines, parts.range(Part.PROBLEMS),
                end), prose(lines, parts.range(Part.OTHER), end));
    }

    private static String prose(List<TextLine> lines, int[] range, int end) {
        if (range == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (int i = range[0] + 1; i < Math.min(range[1], end); i++) {
            TextLine l = lines.get(i);
            if (l.isBlank() || PageDebris.is(PartSplitter.singleText(l))) {
                continue;
            }
            sb.append(sb.length() == 0 ? "" : "\n").append(l.text().replace('\t', ' ').strip());
        }
        return sb.toString();
    }
}
