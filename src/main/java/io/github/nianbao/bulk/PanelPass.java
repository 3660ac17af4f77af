package io.github.nianbao.bulk;

import io.github.nianbao.model.Applicant;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.model.Narrative;
import io.github.nianbao.model.RequestRow;
import io.github.nianbao.model.Template;
import io.github.nianbao.validate.ReportValidator;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import finds across reports, recomputed over the whole database at the end of every run (in one
 * transaction, so concurrent runs take turns and the last one's result stands):
 *
 * <ol>
 * <li><b>Copies.</b> Imported reports with the same {@code agency_key} and {@code year} are copies of one report (the
 *     same report as PDF, HTML and DOCX, say). One is primary: fewest ERRORs, then most cells read, then format
 *     (pdf, docx, doc, html, txt), then the first stored. {@code copy_group} is the primary's id, {@code n_copies}
 *     the group's size. Where a copy and the primary both read a cell and disagree, each gets a WARNING
 *     {@link DiagnosticCode#COPY_MISMATCH} naming the cell and the other copy.</li>
 * <li><b>Across years.</b> For each agency's series of primary copies, year N against year N−1 with
 *     {@link ReportValidator#compareYears}: a WARNING {@code YEAR_CARRY_OVER} on year N naming the cell.</li>
 * </ol>
 * The diagnostics have {@code origin = 'panel'}; the reports' {@code n_warnings} include them.
 */
final class PanelPass {

    /** The order of formats when copies are otherwise equal: the published originals before crawled text. */
    static final List<String> FORMAT_ORDER = List.of("pdf", "docx", "doc", "html", "txt");

    private static final String INSERT = "INSERT INTO diagnostics (report_id, severity, code, message, cell, page,"
            + " line, origin) VALUES (?,?,?,?,?,?,?,'panel')";
    private static final String COUNT_PANEL_WARNINGS = "(SELECT count(*) FROM diagnostics d WHERE d.report_id ="
            + " reports.id AND d.origin = 'panel' AND d.severity = 'WARNING')";

    /** One imported report, as the pass needs it. */
    private record Row(long id, String source, String format, String template, String key, Integer year,
                       long errors, long cellsRead) {
    }

    private PanelPass() {
    }

    static void run(Connection db) throws SQLException {
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement s = db.createStatement()) {
            s.executeUpdate("UPDATE reports SET n_cells_read = (SELECT count(value_text) FROM cells"
                    + " WHERE report_id = reports.id) WHERE n_cells_read IS NULL AND status = 'imported'");
            s.executeUpdate("UPDATE reports SET n_warnings = n_warnings - " + COUNT_PANEL_WARNINGS
                    + " WHERE id IN (SELECT report_id FROM diagnostics WHERE origin = 'panel')");
            s.executeUpdate("DELETE FROM diagnostics WHERE origin = 'panel'");
            s.executeUpdate("UPDATE reports SET copy_group = NULL, is_primary = NULL, n_copies = NULL"
                    + " WHERE status <> 'imported'");
            List<List<Row>> groups = groups(load(db));
            try (PreparedStatement insert = db.prepareStatement(INSERT)) {
                markGroups(db, groups);
                for (List<Row> g : groups) {
                    if (g.size() > 1) {
                        compareCopies(db, g, insert);
                    }
                }
                carryOver(db, groups, insert);
                insert.executeBatch();
            }
            s.executeUpdate("UPDATE reports SET n_warnings = n_warnings + " + COUNT_PANEL_WARNINGS
                    + " WHERE id IN (SELECT report_id FROM diagnostics WHERE origin = 'panel')");
            db.commit();
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    private static List<Row> load(Connection db) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT id, source, format, template,"
                + " agency_key, year, n_errors, n_cells_read FROM reports WHERE status = 'imported' ORDER BY id")) {
            while (rs.next()) {
                Object year = rs.getObject(6);
                rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        year == null ? null : ((Number) year).intValue(), rs.getLong(7), rs.getLong(8)));
            }
        }
        return rows;
    }

    /** Reports by agency key and year, primary first; a report without key or year is a group of its own. */
    static List<List<Row>> groups(List<Row> rows) {
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (Row r : rows) {
            String k = r.key() == null || r.year() == null ? "#" + r.id() : r.key() + "\u0000" + r.year();
            byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
        }
        List<List<Row>> out = new ArrayList<>();
        for (List<Row> g : byKey.values()) {
            g.sort(PRIMARY_FIRST);
            out.add(g);
        }
        return out;
    }

    /** The documented rule: fewest ERRORs, most cells read, format order, first stored. */
    private static final Comparator<Row> PRIMARY_FIRST = Comparator.comparingLong(Row::errors)
            .thenComparing(Comparator.comparingLong(Row::cellsRead).reversed())
            .thenComparingInt(r -> formatRank(r.format()))
            .thenComparingLong(Row::id);

    private static int formatRank(String format) {
        int i = FORMAT_ORDER.indexOf(format);
        return i < 0 ? FORMAT_ORDER.size() : i;
    }

    private static void markGroups(Connection db, List<List<Row>> groups) throws SQLException {
        try (PreparedStatement p = db.prepareStatement(
                "UPDATE reports SET copy_group = ?, is_primary = ?, n_copies = ? WHERE id = ?")) {
            for (List<Row> g : groups) {
                long primary = g.get(0).id();
                for (Row r : g) {
                    p.setLong(1, primary);
                    p.setInt(2, r.id() == primary ? 1 : 0);
                    p.setInt(3, g.size());
                    p.setLong(4, r.id());
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
    }

    /** Every cell the primary and a copy both read, with different numbers: a WARNING on each, naming the other. */
    private static void compareCopies(Connection db, List<Row> g, PreparedStatement insert) throws SQLException {
        Row primary = g.get(0);
        Map<String, StoredCell> mine = cells(db, primary.id(), null);
        for (Row copy : g.subList(1, g.size())) {
            Map<String, StoredCell> theirs = cells(db, copy.id(), null);
            for (Map.Entry<String, StoredCell> e : mine.entrySet()) {
                StoredCell a = e.getValue();
                StoredCell b = theirs.get(e.getKey());
                if (a.value() == null || b == null || b.value() == null || a.value().compareTo(b.value()) == 0) {
                    continue;
                }
                String code = e.getKey();
                add(insert, copy.id(), Diagnostic.warning(DiagnosticCode.COPY_MISMATCH, code + " is " + plain(b.value())
                        + " in this copy but " + plain(a.value()) + " in the primary copy of the same report (report "
                        + primary.id() + ", " + primary.source() + ")", b.location(), code));
                add(insert, primary.id(), Diagnostic.warning(DiagnosticCode.COPY_MISMATCH, code + " is " + plain(a.value())
                        + " in this copy but " + plain(b.value()) + " in another copy of the same report (report "
                        + copy.id() + ", " + copy.source() + ")", a.location(), code));
            }
        }
    }

    /** Year N−1 against year N of every agency's series of primary copies. */
    private static void carryOver(Connection db, List<List<Row>> groups, PreparedStatement insert)
            throws SQLException {
        Map<String, TreeMap<Integer, Row>> series = new HashMap<>();
        for (List<Row> g : groups) {
            Row p = g.get(0);
            if (p.key() != null && p.year() != null) {
                series.computeIfAbsent(p.key(), k -> new TreeMap<>()).put(p.year(), p);
            }
        }
        List<String> carried = new ArrayList<>();
        for (Applicant a : Applicant.values()) {
            carried.add(RequestRow.CARRIED_IN.code(a));
            carried.add(RequestRow.CARRIED_OUT.code(a));
        }
        for (TreeMap<Integer, Row> years : series.values()) {
            for (Map.Entry<Integer, Row> e : years.entrySet()) {
                Row previous = years.get(e.getKey() - 1);
                if (previous == null) {
                    continue;
                }
                Row current = e.getValue();
                List<Diagnostic> found = ReportValidator.compareYears(report(db, previous, carried),
                        report(db, current, carried));
                for (Diagnostic d : found) {
                    add(insert, current.id(), new Diagnostic(d.severity(), d.code(), d.message() + " (report "
                            + previous.id() + ", " + previous.source() + ")", d.location(), d.cell()));
                }
            }
        }
    }

    /** A report rebuilt from the database with the cells {@code codes} (enough for {@link ReportValidator}). */
    private static AnnualReport report(Connection db, Row r, List<String> codes) throws SQLException {
        Map<String, CellValue> cells = new LinkedHashMap<>();
        for (Map.Entry<String, StoredCell> e : cells(db, r.id(), codes).entrySet()) {
            StoredCell c = e.getValue();
            cells.put(e.getKey(), new CellValue(e.getKey(), c.value(), c.raw(), c.location()));
        }
        return new AnnualReport(r.source(), null, template(r.template()),
                new Metadata(null, null, r.year(), null, null, null), Narrative.EMPTY, cells, List.of());
    }

    private static Template template(String code) {
        for (Template t : Template.values()) {
            if (t.code() != null && t.code().equals(code)) {
                return t;
            }
        }
        return Template.UNKNOWN;
    }

    /** A cell as stored. */
    private record StoredCell(BigDecimal value, String raw, Location location) {
    }

    private static Map<String, StoredCell> cells(Connection db, long id, List<String> only) throws SQLException {
        Map<String, StoredCell> out = new LinkedHashMap<>();
        try (PreparedStatement p = db.prepareStatement("SELECT code, value_text, raw, line, page, table_no, row_no,"
                + " col_no FROM cells WHERE report_id = ? ORDER BY rowid")) {
            p.setLong(1, id);
            ResultSet rs = p.executeQuery();
            while (rs.next()) {
                String code = rs.getString(1);
                if (only != null && !only.contains(code)) {
                    continue;
                }
                String v = rs.getString(2);
                out.put(code, new StoredCell(v == null ? null : new BigDecimal(v), rs.getString(3),
                        new Location(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8))));
            }
        }
        return out;
    }

    private static void add(PreparedStatement p, long id, Diagnostic d) throws SQLException {
        p.setLong(1, id);
        p.setString(2, d.severity().name());
        p.setString(3, d.code().name());
        p.setString(4, d.message());
        p.setString(5, d.cell());
        setPositive(p, 6, d.location().page());
        setPositive(p, 7, d.location().line());
        p.addBatch();
    }

    private static void setPositive(PreparedStatement p, int i, int v) throws SQLException {
        if (v > 0) {
            p.setInt(i, v);
        } else {
            p.setNull(i, java.sql.Types.INTEGER);
        }
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }
}
