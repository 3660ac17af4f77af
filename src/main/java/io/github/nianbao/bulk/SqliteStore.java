package io.github.nianbao.bulk;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.model.Severity;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The import database, through plain JDBC; the SQLite driver (org.xerial:sqlite-jdbc) is needed only at run time.
 * WAL journal, one transaction per file: a process killed at any moment leaves every file either fully stored or
 * absent. Not thread-safe: one writer thread owns it.
 */
final class SqliteStore implements AutoCloseable {

    private static final String INSERT_REPORT = "INSERT INTO reports (source, sha256, size_bytes, format, template,"
            + " agency, year, title, publisher, publish_date, index_number, status, error, reason, parse_ms, n_errors,"
            + " n_warnings, n_infos, imported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_CELL = "INSERT INTO cells (report_id, code, value, value_text, raw, page, line,"
            + " table_no, row_no, col_no) VALUES (?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_DIAGNOSTIC = "INSERT INTO diagnostics (report_id, severity, code, message,"
            + " cell, page, line) VALUES (?,?,?,?,?,?,?)";
    private static final String DELETE_FAILED = "DELETE FROM reports WHERE sha256 = ? AND status = 'failed'";
    private static final String DELETE_UNHASHED = "DELETE FROM reports WHERE sha256 IS NULL AND source = ?";

    private final Connection db;
    private final List<String> codes;
    /** Statements prepared once and reused for every file (a {@code wide} insert has hundreds of columns). */
    private final PreparedStatement insertReport;
    private final PreparedStatement insertCell;
    private final PreparedStatement insertDiagnostic;
    private final PreparedStatement insertWide;
    private final PreparedStatement deleteFailed;
    private final PreparedStatement deleteUnhashed;

    private SqliteStore(Connection db, List<String> codes) throws SQLException {
        this.db = db;
        this.codes = codes;
        this.insertReport = db.prepareStatement(INSERT_REPORT, Statement.RETURN_GENERATED_KEYS);
        this.insertCell = db.prepareStatement(INSERT_CELL);
        this.insertDiagnostic = db.prepareStatement(INSERT_DIAGNOSTIC);
        this.insertWide = db.prepareStatement(wideInsert(codes));
        this.deleteFailed = db.prepareStatement(DELETE_FAILED);
        this.deleteUnhashed = db.prepareStatement(DELETE_UNHASHED);
    }

    /** Opens (creating if needed) the database at {@code file}. */
    static SqliteStore open(Path file) throws IOException {
        Connection c = connect(file);
        try {
            List<String> codes = Codebook.standard().allCodes();
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
                for (String sql : StoreSchema.create(codes)) {
                    s.execute(sql);
                }
            }
            addMissingWideColumns(c, codes);
            writeCodebook(c);
            return new SqliteStore(c, codes);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IOException("cannot set up the database " + file + ": " + e.getMessage(), e);
        }
    }

    /** A JDBC connection to the SQLite file, with a clear message when the driver is missing. */
    static Connection connect(Path file) throws IOException {
        try {
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath());
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("No suitable driver")) {
                throw new IOException("the SQLite driver (org.xerial:sqlite-jdbc) is not on the class path", e);
            }
            throw new IOException("cannot open the database " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Content hashes already stored → their source. With {@code includeFailed} false only imported files count, so
     * failed ones are parsed again.
     */
    Map<String, String> known(boolean includeFailed) throws SQLException {
        Map<String, String> out = new HashMap<>();
        String sql = "SELECT sha256, source FROM reports WHERE sha256 IS NOT NULL"
                + (includeFailed ? "" : " AND status = 'imported'");
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** How many reports (imported or failed) the database holds. */
    long reportCount() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM reports")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Drops the {@code cells} index by code until {@link #ensureIndexes}: inserting ~200 cells per report into it
     * touches pages all over the index, which made storing a report cost ≈ 10 ms; building it once at the end is a
     * single sort. Queries work without it, only slower.
     */
    void deferCodeIndex() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute("DROP INDEX IF EXISTS cells_code");
        }
    }

    /** Creates any index that is missing (after {@link #deferCodeIndex}, or after a run that was killed). */
    void ensureIndexes() throws SQLException {
        try (Statement s = db.createStatement()) {
            s.execute(StoreSchema.CELLS_CODE_INDEX);
        }
    }

    /** Stores one file in one transaction, replacing an earlier failed row of the same content (or unreadable path). */
    void save(ParsedFile f) throws SQLException {
        db.setAutoCommit(false);
        try {
            removePrevious(f.outcome());
            long id = insertReport(f);
            AnnualReport r = f.report();
            if (r != null) {
                insertDiagnostics(id, r.diagnostics());
                if (f.outcome().status() == ImportStatus.IMPORTED) {
                    insertCells(id, r);
                    insertWide(id, f.outcome(), r);
                }
            }
            db.commit();
        } catch (SQLException | RuntimeException e) {
            insertCell.clearBatch(); // reused for the next file: nothing of this one may stay queued
            insertDiagnostic.clearBatch();
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    private void removePrevious(FileOutcome o) throws SQLException {
        PreparedStatement p = o.sha256() == null ? deleteUnhashed : deleteFailed;
        p.setString(1, o.sha256() == null ? o.source() : o.sha256());
        p.executeUpdate();
    }

    private long insertReport(ParsedFile f) throws SQLException {
        FileOutcome o = f.outcome();
        AnnualReport r = f.report();
        Metadata m = r == null ? Metadata.EMPTY : r.metadata();
        PreparedStatement p = insertReport;
        int i = 0;
        p.setString(++i, o.source());
        p.setString(++i, o.sha256());
        setLong(p, ++i, f.sizeBytes() < 0 ? null : f.sizeBytes());
        p.setString(++i, f.format());
        p.setString(++i, r == null ? null : r.template().code());
        p.setString(++i, m.agency());
        setLong(p, ++i, m.year() == null ? null : m.year().longValue());
        p.setString(++i, m.title());
        p.setString(++i, m.publisher());
        p.setString(++i, m.publishDate());
        p.setString(++i, m.indexNumber());
        p.setString(++i, o.status().id());
        p.setString(++i, o.message());
        p.setString(++i, o.reason());
        p.setLong(++i, o.parseMillis());
        setLong(p, ++i, r == null ? null : (long) r.diagnostics(Severity.ERROR).size());
        setLong(p, ++i, r == null ? null : (long) r.diagnostics(Severity.WARNING).size());
        setLong(p, ++i, r == null ? null : (long) r.diagnostics(Severity.INFO).size());
        p.setString(++i, Instant.now().toString());
        p.executeUpdate();
        try (ResultSet keys = p.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void insertCells(long id, AnnualReport r) throws SQLException {
        PreparedStatement p = insertCell;
        for (CellValue c : r.cells().values()) {
            String exact = c.value() == null ? null : c.value().toPlainString();
            Location l = c.location();
            p.setLong(1, id);
            p.setString(2, c.code());
            p.setString(3, exact);
            p.setString(4, exact);
            p.setString(5, c.raw());
            setPositive(p, 6, l.page());
            setPositive(p, 7, l.line());
            setPositive(p, 8, l.table());
            setPositive(p, 9, l.row());
            setPositive(p, 10, l.column());
            p.addBatch();
        }
        p.executeBatch();
    }

    private void insertDiagnostics(long id, List<Diagnostic> diagnostics) throws SQLException {
        PreparedStatement p = insertDiagnostic;
        for (Diagnostic d : diagnostics) {
            p.setLong(1, id);
            p.setString(2, d.severity().name());
            p.setString(3, d.code().name());
            p.setString(4, d.message());
            p.setString(5, d.cell());
            setPositive(p, 6, d.location().page());
            setPositive(p, 7, d.location().line());
            p.addBatch();
        }
        p.executeBatch();
    }

    /** One {@code wide} row; the values follow {@link StoreSchema#WIDE_FIXED}, then the codes. */
    private void insertWide(long id, FileOutcome o, AnnualReport r) throws SQLException {
        PreparedStatement p = insertWide;
        int i = 0;
        p.setLong(++i, id);
        p.setString(++i, o.source());
        p.setString(++i, o.sha256());
        p.setString(++i, r.format() == null ? null : r.format().id());
        p.setString(++i, r.template().code());
        p.setString(++i, r.agency());
        setLong(p, ++i, r.year() == null ? null : r.year().longValue());
        p.setString(++i, r.title());
        for (String code : codes) {
            BigDecimal v = r.value(code);
            p.setString(++i, v == null ? null : v.toPlainString());
        }
        p.executeUpdate();
    }

    /** The {@code wide} insert: {@link StoreSchema#WIDE_FIXED}, then one column per code. */
    private static String wideInsert(List<String> codes) {
        StringBuilder cols = new StringBuilder(String.join(", ", StoreSchema.WIDE_FIXED));
        StringBuilder marks = new StringBuilder("?" + ",?".repeat(StoreSchema.WIDE_FIXED.size() - 1));
        for (String code : codes) {
            cols.append(", ").append(StoreSchema.identifier(code));
            marks.append(",?");
        }
        return "INSERT INTO wide (" + cols + ") VALUES (" + marks + ")";
    }

    private static void addMissingWideColumns(Connection c, List<String> codes) throws SQLException {
        Set<String> have = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(wide)")) {
            while (rs.next()) {
                have.add(rs.getString("name"));
            }
        }
        try (Statement s = c.createStatement()) {
            if (!have.contains("format")) { // databases written before the column was added
                s.execute("ALTER TABLE wide ADD COLUMN format TEXT");
            }
            for (String code : codes) {
                if (!have.contains(code)) {
                    s.execute("ALTER TABLE wide ADD COLUMN " + StoreSchema.identifier(code) + " NUMERIC");
                }
            }
        }
    }

    private static void writeCodebook(Connection c) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement();
             PreparedStatement p = c.prepareStatement("INSERT INTO codebook VALUES (?,?,?,?,?,?)")) {
            s.execute("DELETE FROM codebook");
            for (CodebookEntry e : Codebook.standard().entries()) {
                p.setString(1, e.code());
                p.setString(2, e.section());
                p.setString(3, e.templates());
                p.setString(4, e.rowLabel());
                p.setString(5, e.columnLabel());
                p.setString(6, e.unit());
                p.addBatch();
            }
            p.executeBatch();
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
    }

    private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
        if (v == null) {
            p.setNull(i, Types.INTEGER);
        } else {
            p.setLong(i, v);
        }
    }

    private static void setPositive(PreparedStatement p, int i, int v) throws SQLException {
        setLong(p, i, v > 0 ? (long) v : null);
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // already failing; the first error is the one reported
        }
    }

    @Override
    public void close() throws SQLException {
        db.close(); // closes the prepared statements too
    }
}
