package io.github.nianbao.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Box;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Template;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import database read back: every report with its cells (and their boxes), diagnostics, origins and copies. */
class StoredReportsTest {

    @TempDir
    Path tmp;

    /** {@link TestReports#synthetic} as a PDF whose every cell has a box and one cell a WARNING. */
    private static AnnualReport withBoxes(byte[] data, String source) throws NianbaoException {
        if (data.length == 0) {
            throw new NianbaoException(NianbaoException.Reason.EMPTY, "the file is empty");
        }
        AnnualReport r = TestReports.synthetic(data, source);
        Map<String, CellValue> cells = new LinkedHashMap<>();
        int i = 0;
        for (CellValue c : r.cells().values()) {
            Location l = new Location(c.location().line(), 3, 2, i + 1, 4, new Box(10.5f + i, 20, 30.25f + i, 31.75f));
            cells.put(c.code(), new CellValue(c.code(), c.value(), c.raw(), l));
            i++;
        }
        List<Diagnostic> diagnostics = List.of(Diagnostic.warning(DiagnosticCode.S3_ROW_SUM, "row 一: 总计 is 1 but …",
                new Location(7, 3, 0, 0, 0), "s3_new_total"));
        return new AnnualReport(source, Format.PDF, Template.F2021, r.metadata(), r.narrative(), cells, diagnostics);
    }

    private Path importFiles(int n) throws IOException {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, n);
        Files.writeString(dir.resolve("empty.txt"), "");
        Path db = tmp.resolve("r.sqlite");
        new BulkImporter(ImportOptions.defaults().withJobs(1), StoredReportsTest::withBoxes).run(List.of(dir), db,
                ProgressListener.NONE);
        return db;
    }

    private static List<StoredReport> all(Path db) throws IOException {
        List<StoredReport> out = new ArrayList<>();
        try (StoredReports stored = StoredReports.open(db)) {
            assertEquals(StoreSchema.VERSION, stored.schema());
            assertTrue(stored.storesCellBoxes());
            stored.forEach(out::add);
        }
        return out;
    }

    @Test
    void everyCellComesBackWithItsValueRawLocationAndBox() throws IOException {
        Path db = importFiles(2);
        List<StoredReport> reports = all(db);
        assertEquals(3, reports.size());
        StoredReport first = reports.get(0);
        assertEquals(ImportStatus.IMPORTED, first.status());
        AnnualReport original = withBoxes("报告0\n正文\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                first.source());
        AnnualReport back = first.report();
        assertEquals(original.cells(), back.cells(), "values, raw tokens, locations and boxes as parsed");
        assertEquals(Format.PDF, back.format());
        assertEquals(Template.F2021, back.template());
        assertEquals(original.diagnostics().get(0).message(), back.diagnostics().get(0).message());
        assertEquals("s3_new_total", back.diagnostics().get(0).cell());
        assertEquals(new Location(7, 3, 0, 0, 0), back.diagnostics().get(0).location());
        assertEquals("parse", first.origins().get(0));
        assertEquals(1, first.count("n_warnings"));
        StoredReport failed = reports.get(2);
        assertEquals(ImportStatus.FAILED, failed.status(), "failed files come last");
        assertNull(failed.report());
        assertEquals("EMPTY", failed.field("reason"));
    }

    @Test
    void copiesNameEachOtherPrimaryFirst() throws IOException {
        Path db = importFiles(3); // same agency and year: three copies of one report
        List<StoredReport> reports = all(db);
        for (StoredReport r : reports.subList(0, 3)) {
            assertEquals(2, r.copies().size(), "the two others");
            assertTrue(r.copies().stream().noneMatch(c -> c.id() == r.id()));
            boolean primary = "1".equals(r.field("is_primary"));
            assertEquals(primary ? 0 : 1, r.copies().stream().filter(StoredReport.Copy::primary).count());
            if (!primary) {
                assertTrue(r.copies().get(0).primary(), "primary first");
            }
        }
    }

    @Test
    void aSchemaTwoDatabaseIsReadWithoutBoxesAndUpgradedByTheNextImport() throws Exception {
        Path db = importFiles(1);
        try (Connection c = SqliteStore.connect(db); Statement s = c.createStatement()) {
            for (String col : StoreSchema.CELL_COLUMNS_3) {
                s.execute("ALTER TABLE cells DROP COLUMN " + col.substring(0, col.indexOf(' ')));
            }
            s.execute("PRAGMA user_version = 2");
        }
        try (StoredReports stored = StoredReports.open(db)) {
            assertEquals(2, stored.schema());
            assertFalse(stored.storesCellBoxes());
            List<StoredReport> out = new ArrayList<>();
            stored.forEach(out::add);
            CellValue c = out.get(0).report().cells().get("s3_new_natural");
            assertNull(c.location().box());
            assertEquals(3, c.location().page());
        }
        new BulkImporter(ImportOptions.defaults().withJobs(1), StoredReportsTest::withBoxes).run(
                List.of(tmp.resolve("in")), db, ProgressListener.NONE);
        try (Connection c = SqliteStore.connect(db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pragma_table_info('cells') WHERE name LIKE 'box_%'")) {
            rs.next();
            assertEquals(4, rs.getInt(1));
        }
        assertEquals(StoreSchema.VERSION, StoredReports.open(db).schema());
    }

    @Test
    void aDatabaseOfTheFirstSchemaOrANewerOneIsRefusedWithASentence() throws Exception {
        Path db = importFiles(1);
        try (Connection c = SqliteStore.connect(db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 99");
        }
        IOException newer = assertThrows(IOException.class, () -> StoredReports.open(db));
        assertTrue(newer.getMessage().contains("newer nianbao"), newer.getMessage());
        try (Connection c = SqliteStore.connect(db); Statement s = c.createStatement()) {
            s.execute("PRAGMA user_version = 1");
        }
        IOException older = assertThrows(IOException.class, () -> StoredReports.open(db));
        assertTrue(older.getMessage().contains("run nianbao import on it once"), older.getMessage());
        Path text = Files.writeString(tmp.resolve("notes.sqlite"), "not a database");
        IOException notDb = assertThrows(IOException.class, () -> StoredReports.open(text));
        assertTrue(notDb.getMessage().contains("not an SQLite database"), notDb.getMessage());
    }
}
