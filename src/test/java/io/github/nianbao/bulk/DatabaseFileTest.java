package io.github.nianbao.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The database as a file: portable after an import, readable read-only, shared by concurrent imports, versioned. */
class DatabaseFileTest {

    @TempDir
    Path tmp;

    private static ImportOptions options(int jobs) {
        return ImportOptions.defaults().withJobs(jobs);
    }

    private Path importSynthetic(int files) throws IOException {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, files);
        Path db = tmp.resolve("db").resolve("r.sqlite");
        Files.createDirectories(db.getParent());
        new BulkImporter(options(2), TestReports::synthetic).run(List.of(dir), db, ProgressListener.NONE);
        return db;
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static String one(Path db, String sql) throws Exception {
        try (Connection c = SqliteStore.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    @Test
    void anImportLeavesOneFileWithARollbackJournalAndItsSchemaVersion() throws Exception {
        Path db = importSynthetic(3);
        assertEquals(List.of("r.sqlite"), filesIn(db.getParent()), "no -wal or -shm file is left beside it");
        assertEquals("delete", one(db, "PRAGMA journal_mode"));
        assertEquals(String.valueOf(StoreSchema.VERSION), one(db, "PRAGMA user_version"));
        assertEquals("1", one(db, "SELECT count(*) FROM sqlite_master WHERE type = 'index'"
                + " AND name = 'reports_agency_year' AND sql LIKE '%reports(agency, year)%'"));
        assertEquals("3", one(db, "SELECT count(*) FROM reports WHERE nianbao_version = '"
                + NianbaoVersion.current() + "'"));
    }

    /**
     * A read-only connection creates nothing beside the file (a WAL database needs a -shm file even to be read, which
     * is why a read-only copy of one could not be opened), and query and export work on it.
     */
    @Test
    void queryAndExportOpenItReadOnlyAndWriteNothingBesideIt() throws Exception {
        Path db = importSynthetic(2);
        Path copy = tmp.resolve("copy");
        Files.createDirectories(copy);
        Files.copy(db, copy.resolve("r.sqlite"));
        Path ro = copy.resolve("r.sqlite");
        assertTrue(ro.toFile().setWritable(false, false));
        DatabaseQuery.Result r = DatabaseQuery.run(ro, "SELECT count(*) FROM reports", 10);
        assertEquals("2", r.rows().get(0).get(0));
        DatabaseExport.toCsv(ro, tmp.resolve("csv"));
        assertEquals(List.of("r.sqlite"), filesIn(copy));
        try (Connection c = SqliteStore.connectReadOnly(ro); Statement s = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> s.execute("DELETE FROM reports"));
            assertTrue(e.getMessage().contains("readonly"), e.getMessage());
        }
    }

    @Test
    void twoImportsOfOneFolderIntoOneDatabaseStoreEachFileOnceAndSkipTheOthers() throws Exception {
        Path dir = tmp.resolve("in");
        int n = 12;
        TestReports.writeFiles(dir, n);
        Path db = tmp.resolve("shared.sqlite");
        new BulkImporter(options(1), TestReports::synthetic).run(List.of(dir.resolve("f000.txt")), db,
                ProgressListener.NONE); // the database exists, with one file, before the two runs start
        CountDownLatch bothStarted = new CountDownLatch(2);
        DocumentParser slow = (data, source) -> {
            bothStarted.countDown();
            bothStarted.await(10, TimeUnit.SECONDS); // both runs have parsed before either stores
            Thread.sleep(20);
            return TestReports.synthetic(data, source);
        };
        ExecutorService two = Executors.newFixedThreadPool(2);
        try {
            List<Future<ImportSummary>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(two.submit(() -> new BulkImporter(options(2), slow).run(List.of(dir), db,
                        ProgressListener.NONE)));
            }
            int imported = 0;
            int skipped = 0;
            for (Future<ImportSummary> f : runs) {
                ImportSummary s = f.get(120, TimeUnit.SECONDS); // neither throws (no UNIQUE failure)
                assertEquals(0, s.failed(), s.failures().toString());
                imported += s.imported();
                skipped += s.skipped();
            }
            assertEquals(n - 1, imported, "every new file is stored by exactly one run");
            assertEquals(2 * n - (n - 1), skipped);
        } finally {
            two.shutdownNow();
        }
        assertEquals(String.valueOf(n), one(db, "SELECT count(*) FROM reports"));
        assertEquals(String.valueOf(n), one(db, "SELECT count(DISTINCT sha256) FROM reports"));
        assertEquals(String.valueOf(n), one(db, "SELECT count(*) FROM wide"));
    }

    @Test
    void aRerunByANewerVersionParsesAgainWhatAnOlderOneStoredAndReparseForcesIt() throws Exception {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, 3);
        Path db = tmp.resolve("v.sqlite");
        new BulkImporter(options(1), TestReports::synthetic, "0.0.1-old").run(List.of(dir), db, ProgressListener.NONE);
        ImportSummary newer = new BulkImporter(options(1), TestReports::synthetic).run(List.of(dir), db,
                ProgressListener.NONE);
        assertEquals(3, newer.imported());
        assertEquals(3, newer.reparsed());
        assertEquals("3", one(db, "SELECT count(*) FROM reports"));
        assertEquals("0", one(db, "SELECT count(*) FROM reports WHERE nianbao_version = '0.0.1-old'"));
        ImportSummary again = new BulkImporter(options(1), TestReports::synthetic).run(List.of(dir), db,
                ProgressListener.NONE);
        assertEquals(3, again.skipped());
        ImportSummary forced = new BulkImporter(options(1).withReparse(true), TestReports::synthetic)
                .run(List.of(dir), db, ProgressListener.NONE);
        assertEquals(3, forced.imported());
        assertEquals(3, forced.reparsed());
        assertEquals("3", one(db, "SELECT count(*) FROM reports"));
        assertEquals("3", one(db, "SELECT count(*) FROM wide"));
    }

    @Test
    void eachReportRecordsWhereItCameFromAndWhichVersionParsedIt() throws Exception {
        Path dir = tmp.resolve("saved");
        Files.createDirectories(dir);
        byte[] content = ("原始链接：https://www.haizhou.gov.cn/2024.html\n发布时间：2025-01-20\n\n" + Files.readString(
                Path.of("testdata/golden/haizhou-2024/haizhou-2024.txt"), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("page.txt"), content);
        Path db = tmp.resolve("p.sqlite");
        new BulkImporter(options(1)).run(List.of(dir), db, ProgressListener.NONE);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(content));
        assertEquals(dir.resolve("page.txt") + "|" + sha + "|" + content.length + "|https://www.haizhou.gov.cn/2024.html"
                + "|2025-01-20|" + NianbaoVersion.current() + "|210902|county|government",
                one(db, "SELECT source || '|' || sha256 || '|' || size_bytes || '|' || source_url || '|' || publish_date"
                        + " || '|' || nianbao_version || '|' || region_code || '|' || level || '|' || agency_type"
                        + " FROM reports"));
    }

    @Test
    void aDatabaseOfTheFirstSchemaIsBroughtUpToDate() throws Exception {
        Path db = tmp.resolve("old.sqlite");
        try (Connection c = SqliteStore.connect(db); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE reports (id INTEGER PRIMARY KEY, source TEXT NOT NULL, sha256 TEXT UNIQUE,"
                    + " size_bytes INTEGER, format TEXT, template TEXT, agency TEXT, year INTEGER, title TEXT,"
                    + " publisher TEXT, publish_date TEXT, index_number TEXT, status TEXT NOT NULL, error TEXT,"
                    + " reason TEXT, parse_ms INTEGER, n_errors INTEGER, n_warnings INTEGER, n_infos INTEGER,"
                    + " imported_at TEXT NOT NULL)");
            s.execute("CREATE TABLE diagnostics (id INTEGER PRIMARY KEY, report_id INTEGER NOT NULL, severity TEXT"
                    + " NOT NULL, code TEXT NOT NULL, message TEXT NOT NULL, cell TEXT, page INTEGER, line INTEGER)");
            s.execute("INSERT INTO reports (source, sha256, status, imported_at) VALUES ('x.txt', 'abc', 'failed',"
                    + " '2024-01-01T00:00:00Z')");
        }
        assertEquals("0", one(db, "PRAGMA user_version"));
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, 2);
        ImportSummary s = new BulkImporter(options(1), TestReports::synthetic).run(List.of(dir), db,
                ProgressListener.NONE);
        assertEquals(2, s.imported());
        assertEquals(String.valueOf(StoreSchema.VERSION), one(db, "PRAGMA user_version"));
        assertEquals("3", one(db, "SELECT count(*) FROM reports"));
        assertEquals("2", one(db, "SELECT count(*) FROM reports WHERE agency_key IS NOT NULL"));
    }

    @Test
    void aDatabaseOfANewerSchemaIsRefusedWithASentence() throws Exception {
        Path db = importSynthetic(1);
        try (Connection c = SqliteStore.connect(db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        IOException e = assertThrows(IOException.class, () -> new BulkImporter(options(1), TestReports::synthetic)
                .run(List.of(tmp.resolve("in")), db, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("newer nianbao") && e.getMessage().contains("99"), e.getMessage());
        IOException export = assertThrows(IOException.class, () -> DatabaseExport.toCsv(db, tmp.resolve("x")));
        assertTrue(export.getMessage().contains("newer nianbao"), export.getMessage());
    }

    @Test
    void aFileThatIsNotADatabaseGetsASentenceNotTheDriversCode() throws Exception {
        Path notDb = tmp.resolve("notes.txt");
        Files.writeString(notDb, "these are notes, not a database\n".repeat(50), StandardCharsets.UTF_8);
        IOException e = assertThrows(IOException.class, () -> new BulkImporter(options(1), TestReports::synthetic)
                .run(List.of(notDb), notDb, ProgressListener.NONE));
        assertTrue(e.getMessage().contains("is not an SQLite database"), e.getMessage());
        assertFalse(e.getMessage().contains("[SQLITE"), e.getMessage());
        IOException q = assertThrows(IOException.class, () -> DatabaseQuery.run(notDb, "SELECT 1", 1));
        assertTrue(q.getMessage().contains("is not an SQLite database"), q.getMessage());
    }
}
