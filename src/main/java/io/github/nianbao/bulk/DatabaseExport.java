package io.github.nianbao.bulk;

import io.github.nianbao.export.AmountUnit;
import io.github.nianbao.export.CsvWriter;
import io.github.nianbao.export.ExportColumn;
import io.github.nianbao.export.ExportColumns;
import io.github.nianbao.export.StataDoFile;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an import database as CSV files for Excel, Stata, R and pandas (see {@link CsvWriter}):
 *
 * <ul>
 * <li>{@code reports.csv}: one row per document (imported or failed) with provenance, identity, copies and counts;
 * <li>{@code cells.csv}: long form, one row per cell with the token as printed;
 * <li>{@code wide.csv}: one row per imported report, status, copies, counts and identity, then one column per
 *     codebook code (exact decimals), then each amount's printed unit and its value in 万元;
 * <li>{@code panel.csv}: one row per agency × year ({@link PanelExport}): the primary copy's values, and a row with
 *     {@code present = 0} for each year missing inside an agency's series;
 * <li>{@code diagnostics.csv}, and {@code codebook.csv}: every column of these files in Chinese and English with its
 *     unit;
 * <li>{@code load.do} and {@code load_panel.do}: Stata do-files that import {@code wide.csv} / {@code panel.csv},
 *     label every variable, {@code compress} and {@code save}.
 * </ul>
 * The database is opened read-only.
 */
public final class DatabaseExport {

    /** Columns of {@code reports.csv}. */
    static final List<String> REPORT_COLUMNS = List.of("id", "source", "sha256", "size_bytes", "format", "template",
            "agency", "year", "title", "publisher", "publish_date", "index_number", "source_url", "status", "reason",
            "error", "parse_ms", "n_errors", "n_warnings", "n_infos", "n_cells_read", "ocr", "region_code",
            "region_name", "level", "agency_type", "agency_key", "copy_group", "is_primary", "n_copies",
            "nianbao_version", "imported_at");
    /** The columns of {@code wide.csv} before the codebook codes. */
    static final List<String> WIDE_FIXED = List.of("report_id", "source", "sha256", "format", "template", "agency",
            "year", "title", "status", "is_primary", "copy_group", "n_copies", "n_errors", "n_warnings", "n_infos",
            "n_cells_read", "region_code", "region_name", "level", "agency_type", "agency_key");

    private DatabaseExport() {
    }

    /**
     * Writes the CSV files and do-files into {@code folder} (created if needed), replacing earlier ones.
     *
     * @return file name → data rows written (variables labelled, for a do-file), in the order written
     * @throws IOException when the database does not exist, is not an import database of this schema, or a file
     *                     cannot be written (the message is a sentence naming the file)
     */
    public static Map<String, Integer> toCsv(Path database, Path folder) throws IOException {
        if (!Files.isRegularFile(database)) {
            throw new NoSuchFileException(database.toString(), null, "no such database");
        }
        ExportFiles files = ExportFiles.in(folder);
        Map<String, Integer> rows = new LinkedHashMap<>();
        Codebook codebook = Codebook.standard();
        try (Connection c = SqliteStore.connectReadOnly(database)) {
            checkSchema(c, database);
            rows.put("reports.csv", reports(c, files.create("reports.csv")));
            rows.put("cells.csv", cells(c, files.create("cells.csv")));
            List<String> wideColumns = new ArrayList<>(WIDE_FIXED);
            wideColumns.addAll(ExportColumns.cellColumnNames(codebook));
            rows.put("wide.csv", wide(c, wideColumns, codebook, files.create("wide.csv")));
            List<String> panelColumns = PanelExport.columns(codebook);
            rows.put("panel.csv", PanelExport.write(c, codebook, files.create("panel.csv")));
            rows.put("diagnostics.csv", diagnostics(c, files.create("diagnostics.csv")));
            rows.put("codebook.csv", codebook(codebook, files.create("codebook.csv")));
            files.write("load.do", StataDoFile.load("wide.csv", "wide.dta", wideColumns, codebook, List.of()));
            rows.put("load.do", wideColumns.size());
            files.write("load_panel.do", StataDoFile.load("panel.csv", "panel.dta", panelColumns, codebook, List.of(
                    "* One panel unit per agency_key; gap years have present = 0 and no values.",
                    "encode agency_key, generate(agency_id)",
                    "label variable agency_id `\"机构编号 (numeric agency_key for xtset)\"'",
                    "xtset agency_id year")));
            rows.put("load_panel.do", panelColumns.size() + 1);
        } catch (SQLException e) {
            throw new IOException(DatabaseErrors.describe(database, e), e);
        }
        return rows;
    }

    private static void checkSchema(Connection c, Path database) throws SQLException, IOException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('reports', 'cells', 'wide')")) {
            if (!rs.next() || rs.getInt(1) != 3) {
                throw new IOException(database + " is not a nianbao import database (no reports, cells, wide tables)");
            }
        }
        int version = SqliteStore.userVersion(c);
        if (version < StoreSchema.VERSION) {
            throw new IOException(database + " was written by an older nianbao (database schema " + version
                    + "): run nianbao import on it once (with the same folders, or none new) to bring it up to schema "
                    + StoreSchema.VERSION);
        }
        if (version > StoreSchema.VERSION) {
            throw new IOException(database + " was written by a newer nianbao (database schema " + version
                    + "; this version knows up to " + StoreSchema.VERSION + ")");
        }
    }

    private static int reports(Connection c, CsvWriter w) throws SQLException, IOException {
        String sql = "SELECT " + String.join(", ", REPORT_COLUMNS) + " FROM reports ORDER BY id";
        int n = 0;
        try (w; Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            w.row(REPORT_COLUMNS);
            while (rs.next()) {
                for (String col : REPORT_COLUMNS) {
                    field(w, col, rs.getString(col));
                }
                w.endRow();
                n++;
            }
        }
        return n;
    }

    /** One metadata field, as a number or as text by its {@link ExportColumn} type. */
    static void field(CsvWriter w, String column, String value) throws IOException {
        ExportColumn c = ExportColumns.metadata(column).orElseThrow(
                () -> new IllegalStateException("not a metadata column: " + column));
        if (c.isNumeric()) {
            w.number(value);
        } else {
            w.text(value);
        }
    }

    private static int cells(Connection c, CsvWriter w) throws SQLException, IOException {
        String sql = "SELECT c.report_id, r.source, c.code, c.value_text, c.raw, c.page, c.line, c.table_no, c.row_no,"
                + " c.col_no FROM cells c JOIN reports r ON r.id = c.report_id ORDER BY c.report_id, c.rowid";
        int n = 0;
        try (w; Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            w.row(List.of("report_id", "source", "code", "value", "raw", "page", "line", "table_no", "row_no",
                    "col_no"));
            while (rs.next()) {
                w.number(rs.getString(1)).text(rs.getString(2)).text(rs.getString(3)).number(rs.getString(4))
                        .text(rs.getString(5));
                for (int i = 6; i <= 10; i++) {
                    w.number(rs.getString(i));
                }
                w.endRow();
                n++;
            }
        }
        return n;
    }

    /** One row per imported report: its metadata from {@code reports}, its cells pivoted from {@code cells}. */
    private static int wide(Connection c, List<String> columns, Codebook codebook, CsvWriter w)
            throws SQLException, IOException {
        String select = "SELECT id AS report_id, " + String.join(", ", WIDE_FIXED.subList(1, WIDE_FIXED.size()))
                + " FROM reports WHERE status = 'imported' ORDER BY id";
        int n = 0;
        try (w; Statement rows = c.createStatement(); ResultSet r = rows.executeQuery(select);
             Statement cellStmt = c.createStatement();
             ResultSet cells = cellStmt.executeQuery(
                     "SELECT report_id, code, value_text, raw FROM cells ORDER BY report_id")) {
            w.row(columns);
            boolean more = cells.next();
            while (r.next()) {
                long id = r.getLong("report_id");
                Map<String, String[]> values = new HashMap<>();
                while (more && cells.getLong(1) < id) {
                    more = cells.next();
                }
                while (more && cells.getLong(1) == id) {
                    values.put(cells.getString(2), new String[] {cells.getString(3), cells.getString(4)});
                    more = cells.next();
                }
                for (String col : WIDE_FIXED) {
                    field(w, col, r.getString(col));
                }
                writeCells(w, codebook, values);
                w.endRow();
                n++;
            }
        }
        return n;
    }

    /** The codebook codes' values, then each amount's printed unit and 万元 value ({@link ExportColumns}). */
    static void writeCells(CsvWriter w, Codebook codebook, Map<String, String[]> values) throws IOException {
        for (String code : codebook.allCodes()) {
            String[] v = values.get(code);
            w.number(v == null ? null : v[0]);
        }
        for (CodebookEntry e : ExportColumns.amounts(codebook)) {
            String[] v = values.get(e.code());
            BigDecimal value = v == null || v[0] == null ? null : new BigDecimal(v[0]);
            String unit = value == null ? null : AmountUnit.printedUnit(e, v[1]);
            BigDecimal wan = AmountUnit.inWan(value, unit);
            w.text(unit).number(wan);
        }
    }

    private static int diagnostics(Connection c, CsvWriter w) throws SQLException, IOException {
        String sql = "SELECT d.report_id, r.source, d.severity, d.code, d.message, d.cell, d.page, d.line, d.origin"
                + " FROM diagnostics d JOIN reports r ON r.id = d.report_id ORDER BY d.report_id, d.id";
        int n = 0;
        try (w; Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            w.row(List.of("report_id", "source", "severity", "code", "message", "cell", "page", "line", "origin"));
            while (rs.next()) {
                w.number(rs.getString(1));
                for (int i = 2; i <= 6; i++) {
                    w.text(rs.getString(i));
                }
                w.number(rs.getString(7)).number(rs.getString(8)).text(rs.getString(9)).endRow();
                n++;
            }
        }
        return n;
    }

    /** Every column of the exports: metadata, codebook cells (one line per template entry), derived columns. */
    private static int codebook(Codebook codebook, CsvWriter w) throws IOException {
        int n = 0;
        try (w) {
            w.row(List.of("column", "kind", "type", "section", "templates", "label_zh", "label_en", "unit_zh",
                    "unit_en", "note"));
            for (ExportColumn c : ExportColumns.metadataColumns()) {
                codebookRow(w, c, "", "");
                n++;
            }
            for (CodebookEntry e : codebook.entries()) {
                codebookRow(w, ExportColumns.cell(e), e.section(), e.templates());
                n++;
            }
            for (CodebookEntry e : ExportColumns.amounts(codebook)) {
                for (ExportColumn c : ExportColumns.derived(e)) {
                    codebookRow(w, c, e.section(), e.templates());
                    n++;
                }
            }
        }
        return n;
    }

    private static void codebookRow(CsvWriter w, ExportColumn c, String section, String templates)
            throws IOException {
        w.text(c.name()).text(c.kind().name().toLowerCase(java.util.Locale.ROOT)).text(c.type().id()).text(section)
                .text(templates).text(c.labelZh()).text(c.labelEn()).text(c.unitZh()).text(c.unitEn()).text(c.note())
                .endRow();
    }
}
