package io.github.nianbao.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One 政府信息公开工作年度报告 (government information-disclosure annual report), read and checked.
 *
 * <p>Cells are named by codebook code ({@link Codebook}); {@link #cells()} holds every code of the detected
 * template, in codebook order, with {@code null} values where a cell could not be read (a diagnostic says why).
 * Numbers are never changed: arithmetic that does not add up is reported in {@link #diagnostics()}.
 *
 * @param source      where the document came from (a path or name, as given), or null
 * @param format      the format it was read from, or null for report text given directly
 * @param template    the layout detected
 * @param metadata    title, agency, year and web-page metadata
 * @param narrative   the prose parts 一, 五 and 六
 * @param cells       codebook code → cell, in codebook order
 * @param diagnostics what was found while reading and checking, in document order
 */
public record AnnualReport(String source, Format format, Template template, Metadata metadata, Narrative narrative,
                           Map<String, CellValue> cells, List<Diagnostic> diagnostics) {

    public AnnualReport {
        Objects.requireNonNull(template, "template");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        narrative = narrative == null ? Narrative.EMPTY : narrative;
        cells = Collections.unmodifiableMap(new LinkedHashMap<>(cells));
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * The cell with this codebook code, or a {@linkplain CellValue#missing missing} cell if the report's template has
     * none (a {@link Template#LEGACY} report has no cells).
     *
     * @throws IllegalArgumentException if {@code code} is not a code of the {@linkplain Codebook#standard() codebook}
     *                                  (a misspelt code is a programming error, not a missing value)
     */
    public CellValue cell(String code) {
        CellValue v = cells.get(Objects.requireNonNull(code, "code"));
        if (v != null) {
            return v;
        }
        if (!Codebook.standard().contains(code)) {
            throw new IllegalArgumentException("\"" + code + "\" is not a codebook code "
                    + "(Codebook.standard().allCodes() lists them, e.g. s3_new_total)");
        }
        return CellValue.missing(code);
    }

    /**
     * The number in the cell with this code, or null if the cell could not be read or the template has no such cell.
     *
     * @throws IllegalArgumentException if {@code code} is not a code of the codebook
     */
    public BigDecimal value(String code) {
        return cell(code).value();
    }

    /** Section 二, 主动公开 (proactive disclosure). */
    public ProactiveDisclosure proactiveDisclosure() {
        return ProactiveDisclosure.from(cells, template);
    }

    /** Section 三, 依申请公开 (disclosure on request). */
    public RequestHandling requests() {
        return RequestHandling.from(cells);
    }

    /** Section 四, 行政复议 and 行政诉讼 (administrative reconsideration and litigation). */
    public ReviewAndLitigation reviewAndLitigation() {
        return ReviewAndLitigation.from(cells);
    }

    /** Agency shortcut. */
    public String agency() {
        return metadata.agency();
    }

    /** Year shortcut. */
    public Integer year() {
        return metadata.year();
    }

    /** Title shortcut. */
    public String title() {
        return metadata.title();
    }

    /** Diagnostics of the given severity. */
    public List<Diagnostic> diagnostics(Severity severity) {
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.severity() == severity) {
                out.add(d);
            }
        }
        return out;
    }

    /** How many pages were read by OCR (one {@link DiagnosticCode#OCR_PAGE} each); 0 for a document with text. */
    public int ocrPages() {
        int n = 0;
        for (Diagnostic d : diagnostics) {
            if (d.code() == DiagnosticCode.OCR_PAGE) {
                n++;
            }
        }
        return n;
    }

    /** Whether any diagnostic is an {@link Severity#ERROR}. */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }
}
