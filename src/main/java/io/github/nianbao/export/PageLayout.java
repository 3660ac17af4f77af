package io.github.nianbao.export;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.SumRule;
import io.github.nianbao.model.TemplateArithmetic;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Builds a {@link ReportPage}: the three tables of the templates as they are printed, from the codebook's labels. */
final class PageLayout {

    /** Section 二's first header cell. */
    static final String CONTENT_HEADER = "信息内容";
    /** Section 三's header over its number columns. */
    static final String APPLICANTS_HEADER = "申请人情况";
    /** Section 三's top-left merged cell. */
    static final String BALANCE_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    private static final Map<String, String> TITLES = Map.of(
            "二", "二、主动公开政府信息情况",
            "三", "三、收到和处理政府信息公开申请情况",
            "四", "四、政府信息公开行政复议、行政诉讼情况");

    private final AnnualReport report;
    private final Map<String, List<Diagnostic>> byCell = new HashMap<>();
    private final Map<String, List<Diagnostic>> sumsByCell = new HashMap<>();

    private PageLayout(AnnualReport report) {
        this.report = report;
        List<SumRule> rules = TemplateArithmetic.forPrinted(code -> report.cell(code).isPrinted());
        for (Diagnostic d : report.diagnostics()) {
            if (d.cell() == null) {
                continue;
            }
            byCell.computeIfAbsent(d.cell(), k -> new ArrayList<>()).add(d);
            for (SumRule r : rules) {
                if (r.kind().diagnostic() == d.code() && r.flagged().equals(d.cell())) {
                    for (String part : r.cells()) {
                        if (!part.equals(d.cell())) {
                            sumsByCell.computeIfAbsent(part, k -> new ArrayList<>()).add(d);
                        }
                    }
                }
            }
        }
    }

    static ReportPage build(AnnualReport report) {
        PageLayout layout = new PageLayout(report);
        Map<String, List<CodebookEntry>> sections = layout.entriesBySection();
        List<PageTable> tables = new ArrayList<>();
        if (sections.containsKey("二")) {
            tables.add(layout.captioned("二", sections.get("二")));
        }
        if (sections.containsKey("三")) {
            tables.add(layout.rowsByColumns("三", sections.get("三")));
        }
        if (sections.containsKey("四")) {
            tables.add(layout.oneRow("四", sections.get("四")));
        }
        Set<String> shown = new HashSet<>();
        sections.values().forEach(list -> list.forEach(e -> shown.add(e.code())));
        List<Diagnostic> other = report.diagnostics().stream()
                .filter(d -> d.cell() == null || !shown.contains(d.cell())).toList();
        return new ReportPage(report.source(), report.format(), report.template(), report.metadata(), tables, other);
    }

    /**
     * The codebook entries of the report's cells by section, in codebook order: the template's entry of each code
     * (another template's when the report printed a cell of the other layout, such as F2019's single （六）其他处理 row
     * in an F2021 report).
     */
    private Map<String, List<CodebookEntry>> entriesBySection() {
        Codebook codebook = Codebook.standard();
        Map<String, List<CodebookEntry>> out = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (CodebookEntry e : codebook.entries()) {
            boolean ofTemplate = e.appliesTo(report.template())
                    || codebook.entry(e.code(), report.template()).isEmpty();
            if (ofTemplate && report.cells().containsKey(e.code()) && seen.add(e.code())) {
                out.computeIfAbsent(e.section(), k -> new ArrayList<>()).add(e);
            }
        }
        return out;
    }

    /**
     * Section 二: stacked sub-tables, each a caption row across the grid, a header row (信息内容 and its columns) and
     * its rows; a sub-table with fewer columns than the widest stretches its last one.
     */
    private PageTable captioned(String section, List<CodebookEntry> entries) {
        Map<String, List<CodebookEntry>> groups = new LinkedHashMap<>();
        for (CodebookEntry e : entries) {
            groups.computeIfAbsent(e.rowPath().get(0), k -> new ArrayList<>()).add(e);
        }
        int columns = 0;
        for (List<CodebookEntry> g : groups.values()) {
            columns = Math.max(columns, distinct(g, CodebookEntry::columnLabel).size());
        }
        int width = 1 + columns;
        List<PageRow> rows = new ArrayList<>();
        for (Map.Entry<String, List<CodebookEntry>> g : groups.entrySet()) {
            rows.add(new PageRow(PageRow.Kind.CAPTION, List.of(new PageSlot.Label(g.getKey(), 1, width))));
            List<String> cols = distinct(g.getValue(), CodebookEntry::columnLabel);
            List<PageSlot> header = new ArrayList<>();
            header.add(new PageSlot.Label(CONTENT_HEADER, 1, 1));
            for (int c = 0; c < cols.size(); c++) {
                header.add(new PageSlot.Label(cols.get(c), 1, span(c, cols.size(), columns)));
            }
            rows.add(new PageRow(PageRow.Kind.HEADER, header));
            for (String rowLabel : distinct(g.getValue(), CodebookEntry::rowLabel)) {
                List<PageSlot> slots = new ArrayList<>();
                List<String> path = CodebookEntry.labelPath(rowLabel);
                slots.add(new PageSlot.Label(path.get(path.size() - 1), 1, 1));
                for (int c = 0; c < cols.size(); c++) {
                    slots.add(slot(find(g.getValue(), rowLabel, cols.get(c)), span(c, cols.size(), columns)));
                }
                rows.add(new PageRow(PageRow.Kind.DATA, slots));
            }
        }
        return new PageTable(section, TITLES.get(section), width, rows);
    }

    /**
     * Section 三: row labels nested on the left (三、本年度办理结果 over （三）不予公开 over 1.属于国家秘密), column labels nested
     * on top under 申请人情况, the balance note in the top-left corner.
     */
    private PageTable rowsByColumns(String section, List<CodebookEntry> entries) {
        List<String> rowLabels = distinct(entries, CodebookEntry::rowLabel);
        List<String> colLabels = distinct(entries, CodebookEntry::columnLabel);
        List<List<String>> rowPaths = rowLabels.stream().map(CodebookEntry::labelPath).toList();
        List<List<String>> colPaths = colLabels.stream().map(CodebookEntry::labelPath).toList();
        int labelColumns = LabelGrid.depth(rowPaths);
        List<List<PageSlot.Label>> header = LabelGrid.header(colPaths);
        List<PageRow> rows = new ArrayList<>();
        List<PageSlot> top = new ArrayList<>();
        top.add(new PageSlot.Label(BALANCE_NOTE, header.size() + 1, labelColumns));
        top.add(new PageSlot.Label(APPLICANTS_HEADER, 1, colLabels.size()));
        rows.add(new PageRow(PageRow.Kind.HEADER, top));
        for (List<PageSlot.Label> h : header) {
            rows.add(new PageRow(PageRow.Kind.HEADER, new ArrayList<>(h)));
        }
        for (int i = 0; i < rowLabels.size(); i++) {
            List<PageSlot> slots = new ArrayList<>(LabelGrid.rowLabels(rowPaths, i));
            for (String col : colLabels) {
                slots.add(slot(find(entries, rowLabels.get(i), col), 1));
            }
            rows.add(new PageRow(PageRow.Kind.DATA, slots));
        }
        return new PageTable(section, TITLES.get(section), labelColumns + colLabels.size(), rows);
    }

    /**
     * Section 四: one row of numbers under nested headers, the groups (行政复议; 行政诉讼 over 未经复议直接起诉 and 复议后起诉)
     * over their outcome columns.
     */
    private PageTable oneRow(String section, List<CodebookEntry> entries) {
        List<List<String>> paths = new ArrayList<>();
        List<PageSlot> values = new ArrayList<>();
        for (CodebookEntry e : entries) {
            List<String> p = new ArrayList<>(e.rowPath());
            p.addAll(e.columnPath());
            paths.add(p);
            values.add(slot(e, 1));
        }
        List<PageRow> rows = new ArrayList<>();
        for (List<PageSlot.Label> h : LabelGrid.header(paths)) {
            rows.add(new PageRow(PageRow.Kind.HEADER, new ArrayList<>(h)));
        }
        rows.add(new PageRow(PageRow.Kind.DATA, values));
        return new PageTable(section, TITLES.get(section), entries.size(), rows);
    }

    /** A number slot for the entry's cell, or a blank label where the grid has no cell. */
    private PageSlot slot(CodebookEntry e, int colSpan) {
        if (e == null) {
            return new PageSlot.Label("", 1, colSpan);
        }
        CellValue c = report.cells().get(e.code());
        return new PageSlot.Value(new PageCell(e.code(), e.rowLabel(), e.columnLabel(), c.value(), c.raw(),
                c.location(), byCell.getOrDefault(e.code(), List.of()), sumsByCell.getOrDefault(e.code(), List.of())),
                colSpan);
    }

    /** The last column of a sub-table with fewer columns than the grid spans the rest. */
    private static int span(int column, int columns, int gridColumns) {
        return column == columns - 1 ? gridColumns - columns + 1 : 1;
    }

    private static CodebookEntry find(List<CodebookEntry> entries, String rowLabel, String columnLabel) {
        for (CodebookEntry e : entries) {
            if (e.rowLabel().equals(rowLabel) && e.columnLabel().equals(columnLabel)) {
                return e;
            }
        }
        return null; // a grid position the template leaves blank
    }

    private static List<String> distinct(List<CodebookEntry> entries, Function<CodebookEntry, String> key) {
        List<String> out = new ArrayList<>();
        for (CodebookEntry e : entries) {
            String k = key.apply(e);
            if (!out.contains(k)) {
                out.add(k);
            }
        }
        return out;
    }
}
