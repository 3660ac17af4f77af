package io.github.nianbao.bulk;

import io.github.nianbao.export.CsvWriter;
import io.github.nianbao.export.StataDoFile;
import io.github.nianbao.model.Codebook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * Writes an import database as CSV files for Excel, Stata, R and pandas (see {@link CsvWriter}): {@code reports.csv},
 * {@code cells.csv} (long form), {@code wide.csv} (one row per imported report, one column per codebook code, exact
 * decimals), {@code diagnostics.csv}, {@code codebook.csv}, and a Stata {@code load.do} that imports
 * {@code wide.csv} with Chinese variable labels.
 */
public final class DatabaseExport {

    /** Labels of the wide table's columns that are not codebook codes. */
    static final Map<String, String> FIXED_LABELS = fixedLabels();

    private static final String[] REPORT_TEXT = {"source", "sha256", "format", "template", "agency", "title",
        "publisher", "publish_date", "index_number", "status", "reason", "error", "imported_at"};
    private static final String[] REPORT_NUMBERS = {"id", "size_bytes", "year", "parse_ms", "n_errors", "n_warnings",
        "n_infos"};

    private DatabaseExport() {
    }

    /**
     * Writes the CSV files and {@code load.do} into {@code folder} (created if needed), replacing earlier ones.
     *
     * @return file name → data rows written, in the order written
     * @throws IOException when the database does not exist, is not an import database, or a file cannot be written
     */
    public static Map<String, Integer> toCsv(Path database, Path folder) throws IOException {
        if (!Files.isRegularFile(database)) {
            throw new NoSuchFileException(database.toString(), null, "no such database");
        }
        Files.createDirectories(folder);
        Map<String, Integer> rows = new LinkedHashMap<>();
        try (Connection c = SqliteStore.connect(database)) {
            checkSchema(c, database);
            rows.put("reports.csv", reports(c, folder.resolve("reports.csv")));
            rows.put("cells.csv", cells(c, folder.resolve("cells.csv")));
            List<String> wideColumns = wideColumns(c);
            rows.put("wide.csv", wide(c, wideColumns, folder.resolve("wide.csv")));
            rows.put("diagnostics.csv", diagnostics(c, folder.resolve("diagnostics.csv")));
            rows.put("codebook.csv", codebook(c, folder.resolve("codebook.csv")));
            String doFile = StataDoFile.loadWide("wide.csv", wideColumns, FIXED_LABELS, Codebook.standard());
            Files.writeString(folder.resolve("load.do"), doFile, StandardCharsets.UTF_8);
            rows.put("load.do", wideColumns.size());
        } catch (SQLException e) {
            throw new IOException("cannot read the database " + database + ": " + e.getMessage(), e);
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
    }

    private static int reports(Connection c, Path file) throws SQLException, IOException {
        List<String> header = new ArrayList<>(List.of(REPORT_NUMBERS[0]));
        header.addAll(List.of(REPORT_TEXT));
        header.addAll(List.of(REPORT_NUMBERS).subList(1, REPORT_NUMBERS.length));
        String sql = "SELECT " + String.join(", ", header) + " FROM reports ORDER BY id";
        int n = 0;
        try (CsvWriter w = CsvWriter.create(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            w.row(header);
            while (rs.next()) {
                w.number(rs.getString("id"));
                for (String col : REPORT_TEXT) {
                    w.text(rs.getString(col));
                }
                for (int i = 1; i < REPORT_NUMBERS.length; i++) {
                    w.number(rs.getString(REPORT_NUMBERS[i]));
                }
                w.endRow();
                n++;
            }
        }
        return n;
    }

    private static int cells(Connection c, Path file) throws SQLException, IOException {
        String sql = "SELECT c.report_id, r.source, c.code, c.value_text, c.raw, c.page, c.line, c.table_no, c.row_no,"
                + " c.col_no FROM cells c JOIN reports r ON r.id = c.report_id ORDER BY c.report_id, c.rowid";
        int n = 0;
        try (CsvWriter w = CsvWriter.create(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
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

    /** The wide table's columns: the fixed ones, then the codebook codes in codebook order. */
    private static List<String> wideColumns(Connection c) {
        List<String> cols = new ArrayList<>(StoreSchema.WIDE_FIXED);
        cols.addAll(Codebook.standard().allCodes());
        return cols;
    }

    /** Pivots {@code cells.value_text} (exact decimals) onto the rows of {@code wide}. */
    private static int wide(Connection c, List<String> columns, Path file) throws SQLException, IOException {
        List<String> fixed = StoreSchema.WIDE_FIXED;
        List<String> codes = columns.subList(fixed.size(), columns.size());
        int n = 0;
        try (CsvWriter w = CsvWriter.create(file);
             Statement rows = c.createStatement();
             ResultSet r = rows.executeQuery("SELECT " + String.join(", ", fixed) + " FROM wide ORDER BY report_id");
             Statement cellStmt = c.createStatement();
             ResultSet cells = cellStmt.executeQuery(
                     "SELECT report_id, code, value_text FROM cells ORDER BY report_id")) {
            w.row(columns);
            boolean more = cells.next();
            while (r.next()) {
                long id = r.getLong("report_id");
                Map<String, String> values = new HashMap<>();
                while (more && cells.getLong(1) < id) {
                    more = cells.next();
                }
                while (more && cells.getLong(1) == id) {
                    values.put(cells.getString(2), cells.getString(3));
                    more = cells.next();
                }
                w.number(Long.toString(id)).text(r.getString("source")).text(r.getString("sha256"))
                        .text(r.getString("format")).text(r.getString("template")).text(r.getString("agency")).number(r.getString("year"))
                        .text(r.getString("title"));
                for (String code : codes) {
                    w.number(values.get(code));
                }
                w.endRow();
                n++;
            }
        }
        return n;
    }

    private static int diagnostics(Connection c, Path file) throws SQLException, IOException {
        String sql = "SELECT d.report_id, r.source, d.severity, d.code, d.message, d.cell, d.page, d.line"
                + " FROM diagnostics d JOIN reports r ON r.id = d.report_id ORDER BY d.report_id, d.id";
        int n = 0;
        try (CsvWriter w = CsvWriter.create(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            w.row(List.of("report_id", "source", "severity", "code", "message", "cell", "page", "line"));
            while (rs.next()) {
                w.number(rs.getString(1));
                for (int i = 2; i <= 6; i++) {
                    w.text(rs.getString(i));
                }
                w.number(rs.getString(7)).number(rs.getString(8)).endRow();
                n++;
            }
        }
        return n;
    }

    private static int codebook(Connection c, Path file) throws SQLException, IOException {
        String sql = "SELECT code, section, templates, row_label, column_label, unit FROM codebook ORDER BY rowid";
        int n = 0;
        try (CsvWriter w = CsvWriter.create(file); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            w.row(List.of("code", "section", "templates", "row_label", "column_label", "unit"));
            while (rs.next()) {
                for (int i = 1; i <= 6; i++) {
                    w.text(rs.getString(i));
                }
                w.endRow();
                n++;
            }
        }
        return n;
    }

    private static Map<String, String> fixedLabels() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("report_id", "报告编号 (reports.id)");
        m.put("source", "源文件 (source file)");
        m.put("sha256", "文件内容SHA-256");
        m.put("format", "文件格式 (pdf / docx / doc / html / txt)");
        m.put("template", "模板 (2019 / 2021 / legacy)");
        m.put("agency", "发布机构 (agency)");
        m.put("year", "年度 (year reported on)");
        m.put("title", "报告标题 (title)");
        return Map.copyOf(m);
    }
}
