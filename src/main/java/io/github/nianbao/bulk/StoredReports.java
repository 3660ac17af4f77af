package io.github.nianbao.bulk;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Box;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.model.Narrative;
import io.github.nianbao.model.Severity;
import io.github.nianbao.model.Template;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An import database read back one report at a time, read-only, for {@code nianbao review}: memory holds one report
 * (and one small entry per copy group), whatever the size of the database. A database of schema 2 has no cell boxes
 * ({@link #storesCellBoxes()} is false); one of schema 1, or newer than this version knows, is refused.
 */
public final class StoredReports implements AutoCloseable {

    /** The oldest schema that can be read back (schema 1 lacks the identity and copy columns). */
    static final int OLDEST_READABLE = 2;

    /** What to do with each stored report. */
    @FunctionalInterface
    public interface Visitor {
        void visit(StoredReport report) throws IOException;
    }

    private final Path database;
    private final Connection db;
    private final int schema;
    private final Map<Long, List<StoredReport.Copy>> copies;

    private StoredReports(Path database, Connection db, int schema) throws SQLException {
        this.database = database;
        this.db = db;
        this.schema = schema;
        this.copies = loadCopies(db);
    }

    /**
     * Opens {@code database} read-only.
     *
     * @throws IOException when it does not exist, is not an import database, or its schema cannot be read (the
     *                     message is a sentence saying what to do)
     */
    public static StoredReports open(Path database) throws IOException {
        if (!Files.isRegularFile(database)) {
            throw new NoSuchFileException(database.toString(), null, "no such database");
        }
        Connection c = SqliteStore.connectReadOnly(database);
        try {
            int schema = checkSchema(c, database);
            return new StoredReports(database, c, schema);
        } catch (SQLException e) {
            close(c);
            throw new IOException(DatabaseErrors.describe(database, e), e);
        } catch (IOException | RuntimeException e) {
            close(c);
            throw e;
        }
    }

    private static int checkSchema(Connection c, Path database) throws SQLException, IOException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                        + " AND name IN ('reports', 'cells', 'diagnostics')")) {
            if (!rs.next() || rs.getInt(1) != 3) {
                throw new IOException(database + " is not a nianbao import database (no reports, cells, diagnostics "
                        + "tables)");
            }
        }
        int version = SqliteStore.userVersion(c);
        if (version < OLDEST_READABLE) {
            throw new IOException(database + " was written by an older nianbao (database schema " + version
                    + "): run nianbao import on it once to bring it up to schema " + StoreSchema.VERSION);
        }
        if (version > StoreSchema.VERSION) {
            throw new IOException(database + " was written by a newer nianbao (database schema " + version
                    + "; this version knows up to " + StoreSchema.VERSION + ")");
        }
        return version;
    }

    /** The version of this nianbao (what an import run now would stamp on the reports it stores). */
    public static String currentVersion() {
        return NianbaoVersion.current();
    }

    /** The database's schema ({@code PRAGMA user_version}). */
    public int schema() {
        return schema;
    }

    /** Whether cells carry their boxes on the page (schema 3 on; null where the reader had no positions). */
    public boolean storesCellBoxes() {
        return schema >= 3;
    }

    /** How many reports (imported and failed) the database holds. */
    public long count() throws IOException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM reports")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IOException(DatabaseErrors.describe(database, e), e);
        }
    }

    /**
     * Visits every report, imported ones first, by agency, year, format and source, then the failed files by source.
     * Each is read when it is visited.
     */
    public void forEach(Visitor visitor) throws IOException {
        String sql = "SELECT * FROM reports"
                + " ORDER BY status = 'failed', agency IS NULL, agency, year, format, source, id";
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql);
             PreparedStatement cells = db.prepareStatement(cellsQuery());
             PreparedStatement diagnostics = db.prepareStatement("SELECT severity, code, message, cell, page, line,"
                     + " origin FROM diagnostics WHERE report_id = ? ORDER BY id")) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    fields.put(md.getColumnLabel(i), rs.getString(i));
                }
                visitor.visit(read(fields, cells, diagnostics));
            }
        } catch (SQLException e) {
            throw new IOException(DatabaseErrors.describe(database, e), e);
        }
    }

    private StoredReport read(Map<String, String> f, PreparedStatement cellQuery, PreparedStatement diagQuery)
            throws SQLException {
        long id = Long.parseLong(f.get("id"));
        ImportStatus status = "imported".equals(f.get("status")) ? ImportStatus.IMPORTED : ImportStatus.FAILED;
        String group = f.get("copy_group");
        List<StoredReport.Copy> others = new ArrayList<>();
        if (group != null) {
            for (StoredReport.Copy c : copies.getOrDefault(Long.parseLong(group), List.of())) {
                if (c.id() != id) {
                    others.add(c);
                }
            }
        }
        if (status != ImportStatus.IMPORTED) {
            return new StoredReport(id, status, f, null, List.of(), List.of(), others);
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        List<String> origins = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        diagQuery.setLong(1, id);
        try (ResultSet rs = diagQuery.executeQuery()) {
            while (rs.next()) {
                Diagnostic d = diagnostic(rs);
                if (d == null) {
                    unknown.add(rs.getString(1) + " " + rs.getString(2) + (rs.getString(4) == null ? ""
                            : " [" + rs.getString(4) + "]") + ": " + rs.getString(3));
                } else {
                    diagnostics.add(d);
                    origins.add(rs.getString(7));
                }
            }
        }
        AnnualReport report = new AnnualReport(f.get("source"), format(f.get("format")), template(f.get("template")),
                metadata(f), Narrative.EMPTY, cells(cellQuery, id), diagnostics);
        return new StoredReport(id, status, f, report, origins, unknown, others);
    }

    private String cellsQuery() {
        return "SELECT code, value_text, raw, line, page, table_no, row_no, col_no"
                + (storesCellBoxes() ? ", box_x0, box_y0, box_x1, box_y1" : "")
                + " FROM cells WHERE report_id = ? ORDER BY rowid";
    }

    private Map<String, CellValue> cells(PreparedStatement p, long id) throws SQLException {
        Map<String, CellValue> out = new LinkedHashMap<>();
        p.setLong(1, id);
        try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
                String code = rs.getString(1);
                String v = rs.getString(2);
                Location l = new Location(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8));
                if (storesCellBoxes() && rs.getObject(9) != null) {
                    l = l.withBox(new Box(rs.getFloat(9), rs.getFloat(10), rs.getFloat(11), rs.getFloat(12)));
                }
                out.put(code, new CellValue(code, v == null ? null : new BigDecimal(v), rs.getString(3), l));
            }
        }
        return out;
    }

    /** A stored diagnostic, or null when its severity or code is not one this version knows. */
    private static Diagnostic diagnostic(ResultSet rs) throws SQLException {
        DiagnosticCode code;
        Severity severity;
        try {
            severity = Severity.valueOf(rs.getString(1));
            code = DiagnosticCode.valueOf(rs.getString(2));
        } catch (IllegalArgumentException e) {
            return null;
        }
        return new Diagnostic(severity, code, rs.getString(3), new Location(rs.getInt(6), rs.getInt(5), 0, 0, 0),
                rs.getString(4));
    }

    private static Metadata metadata(Map<String, String> f) {
        String year = f.get("year");
        return new Metadata(f.get("title"), f.get("agency"), year == null ? null : Integer.valueOf(year),
                f.get("publisher"), f.get("publish_date"), f.get("index_number"), f.get("source_url"));
    }

    private static Format format(String id) {
        try {
            return id == null ? null : Format.valueOf(id.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Template template(String code) {
        for (Template t : Template.values()) {
            if (t.code() != null && t.code().equals(code)) {
                return t;
            }
        }
        return Template.UNKNOWN;
    }

    /** Copy group → its members, primary first. */
    private static Map<Long, List<StoredReport.Copy>> loadCopies(Connection db) throws SQLException {
        Map<Long, List<StoredReport.Copy>> out = new HashMap<>();
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT copy_group, id, sha256, format,"
                + " source, is_primary FROM reports WHERE copy_group IS NOT NULL AND n_copies > 1"
                + " ORDER BY copy_group, is_primary DESC, id")) {
            while (rs.next()) {
                out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new StoredReport.Copy(rs.getLong(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6) == 1));
            }
        }
        return out;
    }

    private static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one reported
        }
    }

    @Override
    public void close() throws IOException {
        try {
            db.close();
        } catch (SQLException e) {
            throw new IOException(DatabaseErrors.describe(database, e), e);
        }
    }
}
