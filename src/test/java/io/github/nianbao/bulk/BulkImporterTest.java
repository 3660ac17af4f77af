package io.github.nianbao.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.ParseOptions;
import io.github.nianbao.TestFolders;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BulkImporterTest {

    @TempDir
    Path tmp;

    @Test
    void importsGoodReportsAndStoresEveryBadFileWithAReason() throws Exception {
        Path mixed = tmp.resolve("mixed");
        List<String> good = TestFolders.mixed(mixed);
        Path db = tmp.resolve("r.sqlite");
        List<FileOutcome> seen = new ArrayList<>();
        ImportSummary s = importer(2).run(List.of(mixed), db, new ProgressListener() {
            @Override
            public void fileDone(FileOutcome outcome) {
                seen.add(outcome);
            }
        });
        long files;
        try (Stream<Path> list = Files.list(mixed)) {
            files = list.count();
        }
        assertEquals(files, s.total());
        assertEquals(files, seen.size());
        Map<String, String[]> rows = statusBySource(db);
        assertEquals(files, rows.size());
        for (Map.Entry<String, String[]> e : rows.entrySet()) {
            String name = Path.of(e.getKey()).getFileName().toString();
            String[] r = e.getValue();
            if (good.contains(name)) {
                assertEquals("imported", r[0], name + ": " + r[1] + " " + r[2]);
            } else {
                assertEquals("failed", r[0], name);
                assertNotNull(r[1], name + " has a reason");
                assertFalse(r[2] == null || r[2].isBlank(), name + " has a message");
            }
        }
        assertEquals("EMPTY", rows.get(mixed.resolve("empty.txt").toString())[1]);
        assertEquals("ENCRYPTED", rows.get(mixed.resolve("encrypted.docx").toString())[1]);
        assertEquals("NOT_A_REPORT", rows.get(mixed.resolve("notice.txt").toString())[1]);
        assertEquals("UNSUPPORTED_FORMAT", rows.get(mixed.resolve("random-bytes.pdf").toString())[1]);
        assertEquals(good.size(), s.imported());
        assertEquals(files - good.size(), s.failed());
        assertEquals(s.failed(), s.failureReasons().values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void rerunSkipsEverythingAlreadyStored() throws Exception {
        Path mixed = tmp.resolve("mixed");
        TestFolders.mixed(mixed);
        Path db = tmp.resolve("r.sqlite");
        ImportSummary first = importer(2).run(List.of(mixed), db, ProgressListener.NONE);
        long cells = count(db, "SELECT count(*) FROM cells");
        long diagnostics = count(db, "SELECT count(*) FROM diagnostics");
        ImportSummary second = importer(2).run(List.of(mixed), db, ProgressListener.NONE);
        assertEquals(first.total(), second.skipped());
        assertEquals(0, second.imported() + second.failed());
        assertEquals(first.total(), count(db, "SELECT count(*) FROM reports"));
        assertEquals(cells, count(db, "SELECT count(*) FROM cells"));
        assertEquals(diagnostics, count(db, "SELECT count(*) FROM diagnostics"));
        assertTrue(cells > 0);
    }

    @Test
    void retryFailedReplacesTheFailedRowInsteadOfAddingOne() throws Exception {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, 3);
        Path db = tmp.resolve("r.sqlite");
        DocumentParser failing = (data, source) -> {
            throw new IllegalStateException("boom");
        };
        ImportSummary first = new BulkImporter(options(1), failing).run(List.of(dir), db, ProgressListener.NONE);
        assertEquals(3, first.failed());
        assertEquals(3, first.failureReasons().get("INTERNAL"));
        ImportSummary retried = new BulkImporter(options(1).withRetryFailed(true), TestReports::synthetic)
                .run(List.of(dir), db, ProgressListener.NONE);
        assertEquals(3, retried.imported());
        assertEquals(3, count(db, "SELECT count(*) FROM reports"));
        assertEquals(3, count(db, "SELECT count(*) FROM reports WHERE status = 'imported'"));
        assertEquals(3, count(db, "SELECT count(*) FROM wide"));
    }

    @Test
    void aParseOverTheTimeLimitFailsAndTheRunGoesOn() throws Exception {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, 4);
        DocumentParser slowOnFirst = (data, source) -> {
            if (source.endsWith("f000.txt")) {
                Thread.sleep(30_000);
            }
            return TestReports.synthetic(data, source);
        };
        ImportOptions o = options(2).withParseOptions(ParseOptions.BULK.withTimeout(Duration.ofMillis(300)));
        long start = System.nanoTime();
        ImportSummary s = new BulkImporter(o, slowOnFirst).run(List.of(dir), tmp.resolve("r.sqlite"),
                ProgressListener.NONE);
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "the slow file did not hold up the run");
        assertEquals(3, s.imported());
        assertEquals(1, s.failed());
        FileOutcome f = s.failures().get(0);
        assertEquals("TIMEOUT", f.reason());
        assertEquals("timed out after 0.3 s", f.message());
    }

    @Test
    void aFileOverTheSizeLimitFailsWithoutBeingParsed() throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.write(dir.resolve("big.txt"), new byte[5000]);
        Files.writeString(dir.resolve("small.txt"), "报告\n");
        ImportOptions o = options(1).withParseOptions(ParseOptions.BULK.withMaxBytes(1000));
        ImportSummary s = new BulkImporter(o, TestReports::synthetic).run(List.of(dir), tmp.resolve("r.sqlite"),
                ProgressListener.NONE);
        assertEquals(1, s.imported());
        assertEquals("TOO_LARGE", s.failures().get(0).reason());
        assertTrue(s.failures().get(0).message().contains("5000 bytes"));
    }

    @Test
    void sameContentUnderTwoNamesIsStoredOnce() throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.txt"), "报告\n");
        Files.writeString(dir.resolve("b.txt"), "报告\n");
        ImportSummary s = new BulkImporter(options(2), TestReports::synthetic).run(List.of(dir),
                tmp.resolve("r.sqlite"), ProgressListener.NONE);
        assertEquals(1, s.imported());
        assertEquals(1, s.skipped());
        assertEquals(1, count(tmp.resolve("r.sqlite"), "SELECT count(*) FROM reports"));
    }

    @Test
    void expectedJsonFilesAreNotImported() throws Exception {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, 1);
        Files.writeString(dir.resolve("expected.json"), "{}");
        Files.writeString(dir.resolve("f000.expected.json"), "{}");
        assertEquals(List.of(dir.resolve("f000.txt")), FileWalker.collect(List.of(dir)));
    }

    @Test
    void afterLosingSomeRowsARerunStoresEveryFileExactlyOnce() throws Exception {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, 30);
        Path db = tmp.resolve("r.sqlite");
        new BulkImporter(options(2), TestReports::synthetic).run(List.of(dir), db, ProgressListener.NONE);
        // as if the run had been killed before these files were stored
        execute(db, "DELETE FROM reports WHERE id % 3 = 0");
        ImportSummary rerun = new BulkImporter(options(2), TestReports::synthetic).run(List.of(dir), db,
                ProgressListener.NONE);
        assertEquals(10, rerun.imported());
        assertEquals(20, rerun.skipped());
        assertEquals(30, count(db, "SELECT count(DISTINCT sha256) FROM reports"));
        assertEquals(30, count(db, "SELECT count(*) FROM reports"));
        assertEquals(30, count(db, "SELECT count(*) FROM wide"));
        assertEquals(0, count(db, "SELECT count(*) FROM cells WHERE report_id NOT IN (SELECT id FROM reports)"));
    }

    @Test
    void aFailingListenerStopsTheRunAndKeepsWhatWasStored() throws Exception {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, 20);
        Path db = tmp.resolve("r.sqlite");
        ProgressListener throwing = new ProgressListener() {
            @Override
            public void fileDone(FileOutcome outcome) {
                throw new IllegalStateException("screen gone");
            }
        };
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class, () ->
                new BulkImporter(options(1), TestReports::synthetic).run(List.of(dir), db, throwing));
        assertTrue(e.getMessage().contains("screen gone"), e.getMessage());
        long stored = count(db, "SELECT count(*) FROM reports");
        assertTrue(stored >= 1 && stored < 20, "stopped early after " + stored);
        ImportSummary rerun = new BulkImporter(options(1), TestReports::synthetic).run(List.of(dir), db,
                ProgressListener.NONE);
        assertEquals(20, count(db, "SELECT count(*) FROM reports"));
        assertEquals(stored, rerun.skipped());
    }

    @Test
    void aLargeImportBuildsTheCodeIndexOnceAtTheEnd() throws Exception {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, BulkImporter.DEFER_INDEX_FILES);
        Path db = tmp.resolve("r.sqlite");
        IndexWatch watch = new IndexWatch(db);
        ImportSummary s = new BulkImporter(options(2), TestReports::synthetic).run(List.of(dir), db, watch);
        assertEquals(BulkImporter.DEFER_INDEX_FILES, s.imported());
        assertEquals(0, watch.withIndex, "the index was dropped while the files were stored");
        assertEquals(1, count(db, CODE_INDEX), "and built at the end");
        long perReport = Codebook.standard().entries(Template.F2021).size();
        assertEquals(BulkImporter.DEFER_INDEX_FILES * perReport, count(db, "SELECT count(*) FROM cells"));
        assertEquals(BulkImporter.DEFER_INDEX_FILES, count(db, "SELECT count(*) FROM cells INDEXED BY cells_code"
                + " WHERE code = 's3_new_total'"));
    }

    @Test
    void aSmallImportKeepsTheCodeIndexAndRestoresAMissingOne() throws Exception {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, 3);
        Path db = tmp.resolve("r.sqlite");
        IndexWatch watch = new IndexWatch(db);
        new BulkImporter(options(1), TestReports::synthetic).run(List.of(dir), db, watch);
        assertEquals(3, watch.withIndex, "a small import updates the index file by file");
        execute(db, "DROP INDEX cells_code"); // as a large run killed before its end leaves it
        TestReports.writeFiles(tmp.resolve("more"), 2);
        Files.writeString(tmp.resolve("more").resolve("new.txt"), "报告 new\n正文\n");
        new BulkImporter(options(1), TestReports::synthetic).run(List.of(tmp.resolve("more")), db,
                ProgressListener.NONE);
        assertEquals(1, count(db, CODE_INDEX));
    }

    private static final String CODE_INDEX =
            "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'cells_code'";

    /** Counts the files stored while the {@code cells_code} index existed (read from a second connection). */
    private static final class IndexWatch implements ProgressListener {
        private final Path db;
        int withIndex;

        IndexWatch(Path db) {
            this.db = db;
        }

        @Override
        public void fileDone(FileOutcome outcome) {
            try {
                withIndex += (int) count(db, CODE_INDEX);
            } catch (IOException | SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private static BulkImporter importer(int jobs) {
        return new BulkImporter(options(jobs));
    }

    static ImportOptions options(int jobs) {
        return ImportOptions.defaults().withJobs(jobs);
    }

    static Map<String, String[]> statusBySource(Path db) throws IOException, SQLException {
        Map<String, String[]> out = new HashMap<>();
        try (Connection c = SqliteStore.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT source, status, reason, error FROM reports")) {
            while (rs.next()) {
                out.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
            }
        }
        return out;
    }

    static long count(Path db, String sql) throws IOException, SQLException {
        try (Connection c = SqliteStore.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void execute(Path db, String sql) throws IOException, SQLException {
        try (Connection c = SqliteStore.connect(db); Statement s = c.createStatement()) {
            s.execute("PRAGMA foreign_keys=ON");
            s.execute(sql);
        }
    }
}
