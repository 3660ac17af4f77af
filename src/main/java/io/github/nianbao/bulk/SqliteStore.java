package io.github.nianbao.bulk;

import io.github.nianbao.identity.AgencyIdentity;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Box;
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
import java.util.Properties;
import java.util.Set;

/**
 * The import database, through plain JDBC; the SQLite driver (org.xerial:sqlite-jdbc) is needed only at run time.
 * WAL journal while importing, one transaction per file: a process killed at any moment leaves every file either
 * fully stored or absent. {@link #finish} turns the journal back to a single file (rollback journal), so that the
 * database can be copied, and opened read-only, as one file. Not thread-safe: one writer thread owns it.
 */
final class SqliteStore implements AutoCloseable {

    private static final String INSERT_REPORT = "INSERT INTO reports (source, sha256, size_bytes, format, template,"
            + " agency, year, title, publisher, publish_date, index_number, status, error, reason, parse_ms, n_errors,"
            + " n_warnings, n_infos, imported_at, region_code, region_name, level, agency_type, agency_key, copy_group,"
            + " is_primary, n_copies, source_url, nianbao_version, n_cells_read, ocr)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_CELL = "INSERT INTO cells (report_id, code, value, value_text, raw, page, line,"
            + " table_no, row_no, col_no, box_x0, box_y0, box_x1, box_y1, ocr_confidence)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_DIAGNOSTIC = "INSERT INTO diagnostics (report_id, severity, code, message,"
            + " cell, page, line, origin) VALUES (?,?,?,?,?,?,?,?)";
    private static final String FIND_STORED = "SELECT id, status, nianbao_version, imported_at FROM reports"
            + " WHERE sha256 = ?";
    private static final String DELETE_ID = "DELETE FROM reports WHERE id = ?";
    private static final String DELETE_UNHASHED = "DELETE FROM reports WHERE sha256 IS NULL AND source = ?";

    private final Connection db;
    private final Path file;
    private final List<String> codes;
    private final String version;
    /** Statements prepared once and reused for every file (a {@code wide} insert has hundreds of columns). */
    private final PreparedStatement insertReport;
    private final PreparedStatement insertCell;
    private final PreparedStatement insertDiagnostic;
    private final PreparedStatement insertWide;
    private final PreparedStatement findStored;
    private final PreparedStatement deleteId;
    private final PreparedStatement deleteUnhashed;

    private SqliteStore(Connection db, Path file, List<String> codes, String version) throws SQLException {
        this.db = db;
        this.file = file;
        this.codes = codes;
        this.version = version;
        this.insertReport = db.prepareStatement(INSERT_REPORT, Statement.RETURN_GENERATED_KEYS);
        this.insertCell = db.prepareStatement(INSERT_CELL);
        this.insertDiagnostic = db.prepareStatement(INSERT_DIAGNOSTIC);
        this.insertWide = db.prepareStatement(wideInsert(codes));
        this.findStored = db.prepareStatement(FIND_STORED);
        this.deleteId = db.prepareStatement(DELETE_ID);
        this.deleteUnhashed = db.prepareStatement(DELETE_UNHASHED);
    }

    /** Opens (creating if needed) the database at {@code file}, stamping reports with this nianbao's version. */
    static SqliteStore open(Path file) throws IOException {
        return open(file, NianbaoVersion.current());
    }

    /** Opens (creating if needed) the database at {@code file}; {@code version} is stamped on every report stored. */
    static SqliteStore open(Path file, String version) throws IOException {
        DatabaseErrors.checkFolder(file);
        Connection c = connect(file);
        try {
            List<String> codes = Codebook.standard().allCodes();
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout=30000");
                checkVersion(c, file);
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                for (String sql : StoreSchema.create(codes)) {
                    s.execute(sql);
                }
                addMissingColumns(c, codes);
                for (String sql : StoreSchema.indexes()) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version=" + StoreSchema.VERSION);
            }
            writeCodebook(c);
            return new SqliteStore(c, file, codes, version);
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IOException(DatabaseErrors.describe(file, e), e);
        }
    }

    /** Refuses a database written by a newer nianbao (a schema this one does not know). */
    private static void checkVersion(Connection c, Path file) throws SQLException, IOException {
        int v = userVersion(c);
        if (v > StoreSchema.VERSION) {
            throw new IOException(file + " was written by a newer nianbao (database schema " + v + "; this version "
                    + "knows schemas up to " + StoreSchema.VERSION + "): use that version, or a new database");
        }
    }

    /** {@code PRAGMA user_version}: the schema of the database (0 before nianbao set it). */
    static int userVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** A JDBC connection to the SQLite file, with a clear message when the driver is missing. */
    static Connection connect(Path file) throws IOException {
        return connect(file, false);
    }

    /**
     * A read-only connection, for {@code query} and {@code export}: it works on a database that may not be written
     * (a copy on read-only media, a file without write permission).
     */
    static Connection connectReadOnly(Path file) throws IOException {
        Connection c = connect(file, true);
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
            rs.next(); // reads the header: a file that is not a database fails here
            return c;
        } catch (SQLException e) {
            closeQuietly(c);
            throw new IOException(DatabaseErrors.describe(file, e), e);
        }
    }

    private static Connection connect(Path file, boolean readOnly) throws IOException {
        try {
            Properties p = new Properties();
            if (readOnly) {
                p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
            } else {
                // BEGIN IMMEDIATE: a transaction takes the write lock first (waiting up to busy_timeout), so that
                // two imports of one database take turns instead of one failing with SQLITE_BUSY when its read
                // turns into a write after the other has written
                p.setProperty("transaction_mode", "IMMEDIATE");
            }
            return DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), p);
        } catch (SQLException e) {
            if (e.getMessage() != null && e.getMessage().contains("No suitable driver")) {
                throw new IOException("the SQLite driver (org.xerial:sqlite-jdbc) is not on the class path", e);
            }
            throw new IOException(DatabaseErrors.describe(file, e), e);
        }
    }

    /**
     * Content hashes already stored → their source. With {@code includeFailed} false only imported files count, so
     * failed ones are parsed again.
     */
    Map<String, String> known(boolean includeFailed) throws SQLException {
        Map<String, String> out = new HashMap<>();
        String sql = "SELECT sha256, source FROM reports WHERE sha256 IS NOT NULL AND nianbao_version = ?"
                + (includeFailed ? "" : " AND status = 'imported'");
        try (PreparedStatement s = db.prepareStatement(sql)) {
            s.setString(1, version);
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    /** How many stored reports an older nianbao parsed (a run re-parses them), by version. */
    Map<String, Integer> olderVersions() throws SQLException {
        Map<String, Integer> out = new java.util.TreeMap<>();
        try (PreparedStatement s = db.prepareStatement("SELECT coalesce(nianbao_version, 'before 0.1.0'), count(*)"
                + " FROM reports WHERE nianbao_version IS NULL OR nianbao_version <> ? GROUP BY 1")) {
            s.setString(1, version);
            ResultSet rs = s.executeQuery();
            while (rs.next()) {
                out.put(rs.getString(1), rs.getInt(2));
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

    /**
     * Stores one file in one transaction, replacing an earlier row of the same content that must be parsed again (a
     * failed one when retrying, one an older nianbao parsed, any with {@code reparse}), or of the same unreadable path.
     *
     * @param since the start of this run: a row of the same content stored since then (by another import of the same
     *              database running at the same time) is kept
     * @return what happened; {@link Saved#KEPT} when such a row was kept and nothing was stored (the file is skipped)
     */
    Saved save(ParsedFile f, Instant since, ImportOptions options) throws SQLException {
        db.setAutoCommit(false);
        try {
            Saved saved = removePrevious(f.outcome(), since, options);
            if (saved == Saved.KEPT) {
                db.commit();
                return saved;
            }
            long id = insertReport(f);
            AnnualReport r = f.report();
            if (r != null) {
                insertDiagnostics(id, r.diagnostics(), "parse");
                if (f.identity() != null) {
                    insertDiagnostics(id, f.identity().diagnostics(), "import");
                }
                if (f.outcome().status() == ImportStatus.IMPORTED) {
                    insertCells(id, r);
                    insertWide(id, f.outcome(), r);
                }
            }
            db.commit();
            return saved;
        } catch (SQLException | RuntimeException e) {
            insertCell.clearBatch(); // reused for the next file: nothing of this one may stay queued
            insertDiagnostic.clearBatch();
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(true);
        }
    }

    /** What {@link #save} did. */
    enum Saved {
        /** A new row. */
        NEW,
        /** A new row in place of one an older nianbao (or a run with {@code reparse}) had stored. */
        REPARSED,
        /** A new row in place of a failed one ({@code retryFailed}) or of an unreadable file of the same path. */
        REPLACED,
        /** Nothing: a row of the same content, stored by another run meanwhile, was kept. */
        KEPT
    }

    /** Deletes the row this file replaces and says what was there. */
    private Saved removePrevious(FileOutcome o, Instant since, ImportOptions options) throws SQLException {
        if (o.sha256() == null) {
            deleteUnhashed.setString(1, o.source());
            return deleteUnhashed.executeUpdate() > 0 ? Saved.REPLACED : Saved.NEW;
        }
        findStored.setString(1, o.sha256());
        long id;
        Saved saved;
        try (ResultSet rs = findStored.executeQuery()) {
            if (!rs.next()) {
                return Saved.NEW;
            }
            id = rs.getLong(1);
            boolean sameVersion = version.equals(rs.getString(3));
            boolean storedSince = !Instant.parse(rs.getString(4)).isBefore(since);
            boolean failed = "failed".equals(rs.getString(2));
            if (sameVersion && (storedSince || !options.reparse() && !(failed && options.retryFailed()))) {
                return Saved.KEPT;
            }
            saved = !sameVersion || options.reparse() ? Saved.REPARSED : Saved.REPLACED;
        }
        deleteId.setLong(1, id);
        deleteId.executeUpdate();
        return saved;
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
        AgencyIdentity id = f.identity();
        long infos = r == null ? 0 : r.diagnostics(Severity.INFO).size() + (id == null ? 0 : id.diagnostics().size());
        setLong(p, ++i, r == null ? null : infos);
        p.setString(++i, Instant.now().toString());
        p.setString(++i, id == null ? null : id.regionCode());
        p.setString(++i, id == null ? null : id.regionName());
        p.setString(++i, id == null || id.level() == null ? null : id.level().id());
        p.setString(++i, id == null ? null : id.agencyType().id());
        p.setString(++i, id == null ? null : id.agencyKey());
        setLong(p, ++i, null); // copy_group, is_primary, n_copies: set by the panel pass at the end of the run
        setLong(p, ++i, null);
        setLong(p, ++i, null);
        p.setString(++i, m.sourceUrl());
        p.setString(++i, version);
        setLong(p, ++i, r == null || o.status() != ImportStatus.IMPORTED ? null
                : r.cells().values().stream().filter(CellValue::hasValue).count());
        setLong(p, ++i, r == null ? null : (long) r.ocrPages());
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
            setBox(p, 11, l.box());
            if (c.ocr() == null) {
                p.setNull(15, java.sql.Types.REAL);
            } else {
                p.setDouble(15, c.ocr().confidence());
            }
            p.addBatch();
        }
        p.executeBatch();
    }

    private void insertDiagnostics(long id, List<Diagnostic> diagnostics, String origin) throws SQLException {
        PreparedStatement p = insertDiagnostic;
        for (Diagnostic d : diagnostics) {
            p.setLong(1, id);
            p.setString(2, d.severity().name());
            p.setString(3, d.code().name());
            p.setString(4, d.message());
            p.setString(5, d.cell());
            setPositive(p, 6, d.location().page());
            setPositive(p, 7, d.location().line());
            p.setString(8, origin);
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

    /** Brings a database of an earlier schema up to date: the columns added since, all nullable. */
    private static void addMissingColumns(Connection c, List<String> codes) throws SQLException {
        Set<String> reports = columns(c, "reports");
        try (Statement s = c.createStatement()) {
            for (String column : StoreSchema.REPORT_COLUMNS_2) {
                if (!reports.contains(column.substring(0, column.indexOf(' ')))) {
                    s.execute("ALTER TABLE reports ADD COLUMN " + column);
                }
            }
            Set<String> cells = columns(c, "cells");
            List<String> added = new java.util.ArrayList<>(StoreSchema.CELL_COLUMNS_2);
            added.addAll(StoreSchema.CELL_COLUMNS_3);
            for (String column : added) {
                if (!cells.contains(column.substring(0, column.indexOf(' ')))) {
                    s.execute("ALTER TABLE cells ADD COLUMN " + column);
                }
            }
            if (!columns(c, "diagnostics").contains("origin")) {
                s.execute("ALTER TABLE diagnostics ADD COLUMN origin TEXT NOT NULL DEFAULT 'parse'");
            }
        }
        Set<String> have = columns(c, "wide");
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

    private static Set<String> columns(Connection c, String table) throws SQLException {
        Set<String> have = new HashSet<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA table_info(" + table + ")")) {
            while (rs.next()) {
                have.add(rs.getString("name"));
            }
        }
        return have;
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

    /** The four edges of a box from parameter {@code i} on, or four nulls. */
    private static void setBox(PreparedStatement p, int i, Box box) throws SQLException {
        float[] edges = box == null ? null : new float[] {box.x0(), box.y0(), box.x1(), box.y1()};
        for (int k = 0; k < 4; k++) {
            if (edges == null) {
                p.setNull(i + k, Types.REAL);
            } else {
                p.setDouble(i + k, edges[k]);
            }
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

    /**
     * The end of a run: recomputes what is found across reports ({@link PanelPass}: copies, primary, carry-over) and
     * leaves the database as a single file (checkpoint, then rollback journal). When another import of the same
     * database is still running, the journal stays WAL and that run's end does it.
     */
    void finish() throws SQLException {
        PanelPass.run(db);
        try (Statement s = db.createStatement()) {
            s.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            try (ResultSet rs = s.executeQuery("PRAGMA journal_mode=DELETE")) {
                rs.next();
            }
        } catch (SQLException e) {
            if (!DatabaseErrors.isBusy(e)) {
                throw e;
            } // another connection has it open: it switches back when it ends
        }
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws SQLException {
        db.close(); // closes the prepared statements too
    }
}
