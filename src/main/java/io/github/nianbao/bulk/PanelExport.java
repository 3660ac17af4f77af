package io.github.nianbao.bulk;

import io.github.nianbao.export.CsvWriter;
import io.github.nianbao.export.ExportColumns;
import io.github.nianbao.model.Codebook;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code panel.csv}: one row per {@code agency_key} × {@code year}, from the primary copy of each group (see
 * {@link PanelPass}), ordered by key and year. Inside an agency's series, each year between its first and last report
 * that has no report is a row with {@code present = 0}, the series' identity columns and no values, so a gap is
 * visible. Reports without an agency key or a year are not in the panel (they are in {@code wide.csv}).
 */
final class PanelExport {

    /** The columns before the codebook codes. */
    static final List<String> FIXED = List.of("agency_key", "year", "present", "region_code", "region_name", "level",
            "agency_type", "agency", "report_id", "source", "format", "template", "n_copies", "n_errors",
            "n_warnings", "n_infos");
    /** The identity columns a gap row copies from its series. */
    private static final List<String> SERIES = List.of("agency_key", "region_code", "region_name", "level",
            "agency_type", "agency");

    private PanelExport() {
    }

    static List<String> columns(Codebook codebook) {
        List<String> out = new ArrayList<>(FIXED);
        out.addAll(ExportColumns.cellColumnNames(codebook));
        return out;
    }

    /** Writes the panel; returns the rows written (gap rows included). */
    static int write(Connection c, Codebook codebook, CsvWriter w) throws SQLException, IOException {
        String sql = "SELECT agency_key, year, region_code, region_name, level, agency_type, agency, id AS report_id,"
                + " source, format, template, n_copies, n_errors, n_warnings, n_infos FROM reports"
                + " WHERE status = 'imported' AND is_primary = 1 AND agency_key IS NOT NULL AND year IS NOT NULL"
                + " ORDER BY agency_key, year, id";
        int n = 0;
        try (w; Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql);
             PreparedStatement cells = c.prepareStatement(
                     "SELECT code, value_text, raw FROM cells WHERE report_id = ?")) {
            w.row(columns(codebook));
            String key = null;
            int last = 0;
            Map<String, String> series = new HashMap<>();
            while (rs.next()) {
                int year = rs.getInt("year");
                if (rs.getString("agency_key").equals(key)) {
                    for (int gap = last + 1; gap < year; gap++) {
                        gapRow(w, codebook, series, gap);
                        n++;
                    }
                } else {
                    key = rs.getString("agency_key");
                    for (String col : SERIES) {
                        series.put(col, rs.getString(col));
                    }
                }
                last = year;
                for (String col : FIXED) {
                    DatabaseExport.field(w, col, col.equals("present") ? "1" : rs.getString(col));
                }
                DatabaseExport.writeCells(w, codebook, values(cells, rs.getLong("report_id")));
                w.endRow();
                n++;
            }
        }
        return n;
    }

    private static void gapRow(CsvWriter w, Codebook codebook, Map<String, String> series, int year)
            throws IOException {
        for (String col : FIXED) {
            String v = switch (col) {
                case "year" -> Integer.toString(year);
                case "present" -> "0";
                default -> series.get(col);
            };
            DatabaseExport.field(w, col, v);
        }
        DatabaseExport.writeCells(w, codebook, Map.of());
        w.endRow();
    }

    private static Map<String, String[]> values(PreparedStatement cells, long id) throws SQLException {
        Map<String, String[]> out = new HashMap<>();
        cells.setLong(1, id);
        try (ResultSet rs = cells.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3)});
            }
        }
        return out;
    }
}
