package io.github.nianbao.internal.parse;

import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Template;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Section 二 (主动公开政府信息情况, proactive disclosure): stacked sub-tables, each opened by a caption row
 * (第二十条第（X）项) and a header row (信息内容 · column labels). Rows and columns are matched by their printed
 * labels against the codebook; the header decides which template's cells a row fills. Cells are assigned once the
 * template is known ({@link #assign}).
 */
final class ProactiveTableParser {

    /** A data row waiting for the template: its canonical label, the header in force, the cells after the label. */
    private record DataRow(String rowLabel, List<String> header, List<Tok> values, String runTogether,
                           Location where, List<RowReadings.Token> stream, RowReadings.Form form) {

        DataRow(String rowLabel, List<String> header, List<Tok> values, String runTogether, Location where) {
            this(rowLabel, header, values, runTogether, where, null, null);
        }
    }

    private static final LabelMatcher<String> ROWS = new LabelMatcher<>();
    private static final LabelMatcher<String> COLUMNS = new LabelMatcher<>();
    private static final List<String> COLUMN_LABELS = new ArrayList<>();
    /** {@link #COLUMN_LABELS} normalised, same order. */
    private static final List<String> COLUMN_NORMS = new ArrayList<>();
    /** Section 二 entries by row leaf + {@link #SEP} + column leaf, in codebook order. */
    private static final Map<String, List<CodebookEntry>> BY_CELL = new HashMap<>();
    /** Per template: section 二 entries of that template by row leaf, in codebook order. */
    private static final Map<Template, Map<String, List<CodebookEntry>>> BY_ROW = new EnumMap<>(Template.class);
    /** The templates whose section 二 has each row leaf / column leaf. */
    private static final Map<String, Set<Template>> ROW_TEMPLATES = new HashMap<>();
    private static final Map<String, Set<Template>> COLUMN_TEMPLATES = new HashMap<>();
    private static final String SEP = "\u0000";
    /** Per template: {@link #codeOf} of every key of {@link #BY_CELL}, computed once. */
    private static final Map<Template, Map<String, String>> CODE_BY_CELL = new EnumMap<>(Template.class);

    static {
        Set<String> rows = new LinkedHashSet<>();
        Set<String> cols = new LinkedHashSet<>();
        for (Template t : Template.values()) {
            BY_ROW.put(t, new HashMap<>());
        }
        for (CodebookEntry e : Codebook.standard().entries()) {
            if ("二".equals(e.section())) {
                String row = e.rowLeaf();
                String col = e.columnLeaf();
                rows.add(row);
                cols.add(col);
                BY_CELL.computeIfAbsent(row + SEP + col, k -> new ArrayList<>()).add(e);
                Set<Template> ts = templates(e);
                ROW_TEMPLATES.computeIfAbsent(row, k -> new LinkedHashSet<>()).addAll(ts);
                COLUMN_TEMPLATES.computeIfAbsent(col, k -> new LinkedHashSet<>()).addAll(ts);
                for (Template t : ts) {
                    BY_ROW.get(t).computeIfAbsent(row, k -> new ArrayList<>()).add(e);
                }
            }
        }
        rows.forEach(r -> ROWS.add(r, r, null));
        cols.forEach(c -> COLUMNS.add(c, c, null));
        COLUMN_LABELS.addAll(cols);
        cols.forEach(c -> COLUMN_NORMS.add(Normalizer.label(c)));
        for (Template t : Template.values()) {
            Map<String, String> codes = new HashMap<>();
            BY_CELL.forEach((cell, entries) -> codes.put(cell, codeOf(t, entries)));
            CODE_BY_CELL.put(t, codes);
        }
    }

    private final Matching recovery;
    private final CellTable cells;
    private final DiagnosticList diagnostics;
    private final List<DataRow> dataRows = new ArrayList<>();
    private final Map<Template, Integer> votes = new EnumMap<>(Template.class);

    ProactiveTableParser(Matching recovery, CellTable cells, DiagnosticList diagnostics) {
        this.recovery = recovery;
        this.cells = cells;
        this.diagnostics = diagnostics;
    }

    /** Evidence for each template from the labels printed (header columns and rows unique to one template). */
    Map<Template, Integer> votes() {
        return votes;
    }

    boolean found() {
        return !dataRows.isEmpty();
    }

    void parse(List<TableRow> rows) {
        List<String> header = null;
        int[] headerStarts = null; // the grid column where each header label starts, when the reader has a grid
        String pendingLabel = null; // a label printed without numbers: the head of a wrapped label, or a row
        DataRow pendingRow = null;  // whose numbers come on the next line
        for (TableRow row : rows) {
            if (row.isBlank() || PageDebris.is(PartSplitter.singleText(row.line()))) {
                continue;
            }
            List<Tok> labels = row.labels();
            boolean hasValues = row.valueCount() > 0 || row.runTogether() != null;
            if (labels.isEmpty()) {
                if (hasValues && pendingRow != null) {
                    List<Tok> values = row.cells();
                    if (!values.isEmpty() && values.get(0).isBlank()) {
                        values = values.subList(1, values.size()); // the (empty) label column
                    }
                    replace(pendingRow, new DataRow(pendingRow.rowLabel(), pendingRow.header(), values,
                            row.runTogether(), pendingRow.where()));
                    diagnostics.info(DiagnosticCode.NUMBERS_WRAPPED,
                            "section 二 row \"" + pendingRow.rowLabel() + "\": its "
                            + "numbers were printed on the next line", row.location(), null);
                }
                pendingLabel = null;
                pendingRow = null;
                continue;
            }
            String first = labels.get(0).norm();
            if (first.contains("第二十条")) {
                header = null;
                headerStarts = null;
                pendingLabel = null;
                pendingRow = null;
                if (first.contains("（九）")) {
                    vote(Template.F2019);
                }
                continue;
            }
            if (first.contains("信息内容")) {
                List<Tok> cols = new ArrayList<>(labels.subList(1, labels.size()));
                String glued = first.substring(first.indexOf("信息内容") + "信息内容".length());
                if (!glued.isEmpty()) {
                    cols.add(0, new Tok(glued, labels.get(0).location(), labels.get(0).value(), glued, labels.get(0).ocr()));
                }
                header = header(cols, row.location());
                headerStarts = glued.isEmpty() && header.size() == cols.size() ? starts(cols) : null;
                pendingLabel = null;
                pendingRow = null;
                continue;
            }
            LabelMatcher.Match<String> m = ROWS.match(first, null, recovery);
            if (hasValues && pendingLabel != null) {
                LabelMatcher.Match<String> joined = ROWS.match(pendingLabel + first, null, recovery);
                if (joined != null && (m == null || joined.score() > m.score())) {
                    diagnostics.info(DiagnosticCode.LABEL_WRAPPED,
                            "\"" + labels.get(0).text() + "\" taken as the end of the "
                            + "label \"" + joined.target() + "\" wrapped onto the next line", row.location(), null);
                    m = joined;
                    dataRows.remove(pendingRow);
                }
            }
            pendingLabel = hasValues ? null : first;
            pendingRow = null;
            if (m == null) {
                if (row.valueCount() > 0) {
                    diagnostics.warning(DiagnosticCode.S2_ROW_UNKNOWN, "section 二 row label not recognised: \""
                            + labels.get(0).text() + "\"; its numbers were not used", row.location(), null);
                }
                continue;
            }
            voteRow(m.target());
            int at = row.cells().indexOf(labels.get(0));
            List<Tok> values = byHeader(headerStarts, row.cells().subList(at + 1, row.cells().size()), m.target(),
                    row.location());
            DataRow data = new DataRow(m.target(), header, values, row.runTogether(), row.location());
            dataRows.add(data);
            pendingRow = hasValues ? null : data;
        }
    }

    /**
     * Section 二 from text that lost the grid (a crawl's text): captions and header words are passed over (they
     * still vote for a template), each row label takes the numbers after it up to the next label — on its own
     * line, run together, or one per line. Columns are the template's; the cells are placed at {@link #assign}.
     */
    void parseStream(List<io.github.nianbao.text.TextLine> lines) {
        List<RowReadings.Token> current = null;
        DataRow open = null;
        for (io.github.nianbao.text.TextLine line : lines) {
            StreamLine s = StreamLine.of(line);
            if (s == null || PageDebris.is(s.label()) || s.label().isEmpty() && s.tokens().isEmpty()) {
                continue;
            }
            if (!s.hasLabel()) {
                if (current != null) {
                    current.addAll(s.tokens());
                    if (open.form() != RowReadings.Form.NODES) {
                        DataRow nodes = new DataRow(open.rowLabel(), null, List.of(), null, open.where(), current,
                                RowReadings.Form.NODES);
                        replace(open, nodes);
                        open = nodes;
                    }
                }
                continue;
            }
            String norm = Normalizer.label(s.label());
            LabelMatcher.Match<String> m = norm.contains("第二十条") || norm.contains("信息内容") ? null
                    : ROWS.match(norm, null, recovery);
            if (m == null) {
                voteColumns(norm);
                current = null;
                open = null;
                continue;
            }
            voteRow(m.target());
            current = new ArrayList<>(s.tokens());
            open = new DataRow(m.target(), null, List.of(), null, s.where(), current, RowReadings.Form.RUN_ON);
            dataRows.add(open);
        }
    }

    /** Votes for a template by column labels found in a line of header words (stream text). */
    private void voteColumns(String norm) {
        if (norm.contains("（九）")) {
            vote(Template.F2019);
        }
        for (int i = 0; i < COLUMN_LABELS.size(); i++) {
            if (norm.contains(COLUMN_NORMS.get(i))) {
                Set<Template> ts = templatesOfColumn(COLUMN_LABELS.get(i));
                if (ts.size() == 1) {
                    vote(ts.iterator().next());
                }
            }
        }
    }

    /** Places a stream row's tokens into the template's columns: every reading the text allows; if several, the
     * cells where they differ are null and named. */
    private void assignStream(DataRow r, Template template) {
        List<CodebookEntry> entries = entries(template, r.rowLabel());
        if (entries.isEmpty()) {
            return;
        }
        List<String> codes = new ArrayList<>();
        for (CodebookEntry e : entries) {
            codes.add(e.code());
        }
        RowReadings.Result res = RowReadings.of(r.stream(), codes.size(), r.form(), null);
        TableDecoder.Unit unit = new TableDecoder.Unit(r.rowLabel(), codes, res.readings(), r.where());
        TableDecoder.Result decoded = TableDecoder.decode(List.of(unit), List.of(), 1);
        StringBuilder printed = new StringBuilder();
        r.stream().forEach(t -> printed.append(printed.length() == 0 ? "" : " ").append(t.text()));
        DecodedCells.write(List.of(unit), List.of(printed.toString()), decoded, cells, diagnostics);
    }

    /** The grid column of each header label; null when a position is unknown or the order is odd. */
    private static int[] starts(List<Tok> cols) {
        int[] out = new int[cols.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = cols.get(i).location().column();
            if (out[i] <= 0 || i > 0 && out[i] <= out[i - 1]) {
                return null;
            }
        }
        return out;
    }

    /**
     * A data row's cells, one per header label, taken by grid position: a header label spanning two grid columns
     * while the data row fills them one by one (colspans that differ from row to row) keeps each number under its
     * label. Without positions, or when two numbers fall under one label, the cells stay as printed.
     */
    private List<Tok> byHeader(int[] starts, List<Tok> cells, String rowLabel, Location where) {
        if (starts == null || starts.length == 0 || cells.size() <= starts.length) {
            return cells;
        }
        Tok[] out = new Tok[starts.length];
        for (Tok t : cells) {
            int c = t.location().column();
            if (c <= 0) {
                return cells;
            }
            int j = starts.length - 1;
            while (j > 0 && starts[j] > c) {
                j--;
            }
            if (out[j] != null && !out[j].isBlank() && !t.isBlank()) {
                return cells; // two numbers under one label: leave it to the checks on the printed cells
            }
            if (out[j] == null || out[j].isBlank()) {
                out[j] = t;
            }
        }
        List<Tok> placed = new ArrayList<>(out.length);
        for (int j = 0; j < out.length; j++) {
            placed.add(out[j] != null ? out[j] : Tok.of("", where.withColumn(starts[j])));
        }
        boolean same = true;
        for (int j = 0; j < out.length && same; j++) {
            same = placed.get(j).text().equals(cells.get(j).text());
        }
        if (same) {
            return cells;
        }
        diagnostics.info(DiagnosticCode.CELLS_BY_HEADER, "section 二 row \"" + rowLabel + "\": its " + cells.size()
                + " grid cells placed under the header's " + starts.length + " labels by position", where, null);
        return placed;
    }

    private void replace(DataRow old, DataRow now) {
        int i = dataRows.indexOf(old);
        if (i >= 0) {
            dataRows.set(i, now);
        }
    }

    private List<String> header(List<Tok> cols, Location where) {
        List<String> out = new ArrayList<>();
        for (Tok t : cols) {
            LabelMatcher.Match<String> m = COLUMNS.match(t.norm(), null, recovery);
            GluedHeader.Split split = m == null || !m.target().equals(t.norm())
                    ? GluedHeader.split(t.norm(), COLUMN_LABELS, COLUMN_NORMS) : null;
            if (split != null) {
                diagnostics.info(DiagnosticCode.HEADER_SPLIT,
                        "section 二 header \"" + t.text() + "\" read as " + split.labels().size()
                        + " column labels printed without separators" + (split.edits() == 0 ? ""
                        : " (" + split.edits() + " character(s) off or left out)"), where, null);
                for (String g : split.labels()) {
                    out.add(g);
                    Set<Template> ts = templatesOfColumn(g);
                    if (ts.size() == 1) {
                        vote(ts.iterator().next());
                    }
                }
                continue;
            }
            if (m == null) {
                diagnostics.warning(DiagnosticCode.S2_COLUMN_UNKNOWN,
                        "section 二 column label not recognised: \"" + t.text()
                        + "\"", where, null);
                out.add(null);
                continue;
            }
            out.add(m.target());
            Set<Template> ts = templatesOfColumn(m.target());
            if (ts.size() == 1) {
                vote(ts.iterator().next());
            }
        }
        return out;
    }

    private void voteRow(String rowLabel) {
        Set<Template> ts = ROW_TEMPLATES.getOrDefault(rowLabel, Set.of());
        if (ts.size() == 1) {
            vote(ts.iterator().next());
        }
    }

    private void vote(Template t) {
        votes.merge(t, 1, Integer::sum);
    }

    /** Puts every data row's cells into the table, using {@code template} where a header is missing. */
    void assign(Template template) {
        for (DataRow r : dataRows) {
            if (r.form() != null) {
                assignStream(r, template);
                continue;
            }
            List<CodebookEntry> defaults = entries(template, r.rowLabel());
            List<String> columns = r.header() != null ? r.header() : columnLabels(defaults);
            if (r.header() == null && !defaults.isEmpty()) {
                diagnostics.info(DiagnosticCode.S2_HEADER_MISSING, "section 二 row \"" + r.rowLabel()
                        + "\" has no header row; columns taken in the template's order", r.where(), null);
            }
            List<Tok> values = r.values();
            if (r.runTogether() != null && countValues(values) == 0) {
                if (columns.size() == 1) {
                    values = List.of(Tok.of(r.runTogether(), r.where()));
                } else {
                    diagnostics.error(DiagnosticCode.DIGITS_RUN_TOGETHER,
                            "section 二 row \"" + r.rowLabel() + "\": numbers \""
                            + r.runTogether() + "\" printed without separators cannot be split (no arithmetic "
                            + "decides)", r.where(), null);
                    values = List.of();
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                String col = columns.get(i);
                if (col == null) {
                    continue;
                }
                String code = code(template, r.rowLabel(), col);
                if (code == null) {
                    diagnostics.warning(DiagnosticCode.S2_CELL_UNKNOWN,
                            "section 二 has no cell \"" + r.rowLabel() + " × " + col
                            + "\" in the codebook", r.where(), null);
                    continue;
                }
                if (i < values.size()) {
                    cells.put(code, values.get(i));
                } else {
                    cells.putMissing(code, r.where(), "row \"" + r.rowLabel() + "\" has no cell for \"" + col
                            + "\"");
                }
            }
            reportExtra(r, values, columns, template);
        }
    }

    /** A number past the header's columns: the row's cells may be shifted, so the WARNING names each of them. */
    private void reportExtra(DataRow r, List<Tok> values, List<String> columns, Template template) {
        for (int i = columns.size(); i < values.size(); i++) {
            if (!values.get(i).isBlank()) {
                for (String col : columns) {
                    String code = col == null ? null : code(template, r.rowLabel(), col);
                    if (code != null) {
                        diagnostics.warning(DiagnosticCode.ROW_LONG, "section 二 row \"" + r.rowLabel()
                                + "\" has more numbers than its header has columns; \"" + values.get(i).text()
                                + "\" was not used, and this cell may hold its neighbour's number", r.where(), code);
                    }
                }
                return;
            }
        }
    }

    private static int countValues(List<Tok> toks) {
        int n = 0;
        for (Tok t : toks) {
            if (t.isValue()) {
                n++;
            }
        }
        return n;
    }

    private static String code(Template template, String row, String column) {
        return CODE_BY_CELL.get(template).get(row + SEP + column);
    }

    /** The code of the first entry that applies to {@code template}, else of the first entry; null if none. */
    private static String codeOf(Template template, List<CodebookEntry> cellEntries) {
        String any = null;
        for (CodebookEntry e : cellEntries) {
            if (e.appliesTo(template)) {
                return e.code();
            }
            any = any == null ? e.code() : any;
        }
        return any;
    }

    private static List<CodebookEntry> entries(Template template, String row) {
        return BY_ROW.get(template).getOrDefault(row, List.of());
    }

    private static List<String> columnLabels(List<CodebookEntry> entries) {
        List<String> out = new ArrayList<>();
        entries.forEach(e -> out.add(e.columnLeaf()));
        return out;
    }

    private static Set<Template> templatesOfColumn(String column) {
        return COLUMN_TEMPLATES.getOrDefault(column, Set.of());
    }

    private static Set<Template> templates(CodebookEntry e) {
        Set<Template> ts = new LinkedHashSet<>();
        for (Template t : Template.values()) {
            if (e.appliesTo(t)) {
                ts.add(t);
            }
        }
        return ts;
    }
}
