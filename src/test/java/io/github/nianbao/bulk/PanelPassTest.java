package io.github.nianbao.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Codebook;
import io.github.nianbao.model.CodebookEntry;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Format;
import io.github.nianbao.model.Location;
import io.github.nianbao.model.Metadata;
import io.github.nianbao.model.Narrative;
import io.github.nianbao.model.Template;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies, the primary rule, disagreements between copies and gap years, on synthetic reports. */
class PanelPassTest {

    @TempDir
    Path tmp;

    /**
     * A report from a line {@code agency;year;FORMAT;errors;s3_new_natural;nulls}: every F2021 cell 0 except
     * {@code s3_new_natural} (and {@code s3_new_total}, equal to it), the last {@code nulls} cells null, and
     * {@code errors} ERROR diagnostics.
     */
    private static AnnualReport synthetic(byte[] data, String source) {
        String[] f = new String(data, StandardCharsets.UTF_8).strip().split(";");
        Map<String, CellValue> cells = new LinkedHashMap<>();
        List<CodebookEntry> entries = Codebook.standard().entries(Template.F2021);
        int nulls = Integer.parseInt(f[5]);
        for (int i = 0; i < entries.size(); i++) {
            String code = entries.get(i).code();
            BigDecimal v = code.equals("s3_new_natural") || code.equals("s3_new_total") ? new BigDecimal(f[4])
                    : BigDecimal.ZERO;
            if (i >= entries.size() - nulls) {
                v = null;
            }
            cells.put(code, new CellValue(code, v, v == null ? "x" : v.toPlainString(), new Location(i + 1, 0, 0, 0,
                    0)));
        }
        List<Diagnostic> diagnostics = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(f[3]); i++) {
            diagnostics.add(Diagnostic.error(DiagnosticCode.CELL_UNREADABLE, "synthetic", Location.UNKNOWN,
                    "s4_recon_total"));
        }
        return new AnnualReport(source, Format.valueOf(f[2]), Template.F2021,
                new Metadata(f[0] + f[1], f[0], Integer.valueOf(f[1]), null, null, null), Narrative.EMPTY, cells,
                diagnostics);
    }

    private Path importLines(Map<String, String> files) throws Exception {
        Path dir = tmp.resolve("in");
        Files.createDirectories(dir);
        for (Map.Entry<String, String> e : files.entrySet()) {
            Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        Path db = tmp.resolve("p.sqlite");
        ImportSummary s = new BulkImporter(ImportOptions.defaults().withJobs(1), PanelPassTest::synthetic)
                .run(List.of(dir), db, ProgressListener.NONE);
        assertEquals(files.size(), s.imported(), s.failures().toString());
        return db;
    }

    private static Map<String, List<String>> bySource(Path db, String sql) throws Exception {
        DatabaseQuery.Result r = DatabaseQuery.run(db, sql, 1000);
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (List<String> row : r.rows()) {
            out.put(Path.of(row.get(0)).getFileName().toString(), row.subList(1, row.size()));
        }
        return out;
    }

    @Test
    void thePrimaryHasFewestErrorsThenMostCellsThenTheEarlierFormat() throws Exception {
        Path db = importLines(Map.of(
                "a.txt", "淮安市人民政府;2023;TXT;0;5;0",
                "b.txt", "淮安市人民政府;2023;PDF;1;5;0",    // an ERROR: last
                "c.txt", "淮安市人民政府;2023;PDF;0;5;3",    // fewer cells read than a and d
                "d.txt", "淮安市人民政府;2023;HTML;0;5;0")); // html before txt
        Map<String, List<String>> rows = bySource(db, "SELECT source, is_primary, n_copies, copy_group,"
                + " (SELECT id FROM reports p WHERE p.source LIKE '%d.txt') FROM reports");
        assertEquals("1", rows.get("d.txt").get(0));
        for (String f : List.of("a.txt", "b.txt", "c.txt")) {
            assertEquals("0", rows.get(f).get(0), f);
        }
        for (List<String> r : rows.values()) {
            assertEquals("4", r.get(1));
            assertEquals(r.get(3), r.get(2), "copy_group is the primary's id");
        }
    }

    @Test
    void copiesThatDisagreeGetAWarningNamingTheCellAndTheOtherCopy() throws Exception {
        Path db = importLines(Map.of(
                "primary.txt", "淮安市人民政府;2023;PDF;0;5;0",
                "other.txt", "淮安市人民政府;2023;HTML;0;6;0",
                "same.txt", "淮安市人民政府;2023;TXT;0;5;0"));
        Map<String, List<String>> w = bySource(db, "SELECT r.source, group_concat(d.cell || '=' || d.message, ' | '),"
                + " r.n_warnings FROM reports r LEFT JOIN diagnostics d ON d.report_id = r.id AND d.code = 'COPY_MISMATCH'"
                + " GROUP BY r.id");
        String other = w.get("other.txt").get(0);
        assertTrue(other.contains("s3_new_natural=s3_new_natural is 6 in this copy but 5 in the primary copy")
                && other.contains("primary.txt"), other);
        assertTrue(other.contains("s3_new_total="), other);
        assertEquals("2", w.get("other.txt").get(1), "n_warnings counts them");
        String primary = w.get("primary.txt").get(0);
        assertTrue(primary.contains("s3_new_natural is 5 in this copy but 6 in another copy") && primary.contains(
                "other.txt"), primary);
        assertEquals(null, w.get("same.txt").get(0), "a copy that agrees has none");
        // recomputed, not added again, by the next import
        new BulkImporter(ImportOptions.defaults().withJobs(1), PanelPassTest::synthetic).run(
                List.of(tmp.resolve("in")), db, ProgressListener.NONE);
        assertEquals("4", DatabaseQuery.run(db, "SELECT count(*) FROM diagnostics WHERE code = 'COPY_MISMATCH'", 1)
                .rows().get(0).get(0));
        assertEquals("2", DatabaseQuery.run(db, "SELECT n_warnings FROM reports WHERE source LIKE '%other.txt'", 1)
                .rows().get(0).get(0));
    }

    @Test
    void aMissingYearIsARowWithPresentZeroInThePanel() throws Exception {
        Path db = importLines(Map.of(
                "y2020.txt", "淮安市人民政府;2020;PDF;0;5;0",
                "y2023.txt", "淮安市人民政府;2023;PDF;0;7;0",
                "other.txt", "三明市人民政府;2021;PDF;0;1;0"));
        Path out = tmp.resolve("csv");
        DatabaseExport.toCsv(db, out);
        List<List<String>> panel = DatabaseExportTest.readCsv(out.resolve("panel.csv"));
        List<String> h = panel.get(0);
        List<String> rows = new ArrayList<>();
        for (List<String> r : panel.subList(1, panel.size())) {
            rows.add(r.get(h.indexOf("agency_key")) + " " + r.get(h.indexOf("year")) + " " + r.get(h.indexOf("present"))
                    + " " + r.get(h.indexOf("region_code")) + " " + r.get(h.indexOf("s3_new_natural")));
        }
        assertEquals(List.of("320800/人民政府 2020 1 320800 5", "320800/人民政府 2021 0 320800 ",
                "320800/人民政府 2022 0 320800 ", "320800/人民政府 2023 1 320800 7", "350400/人民政府 2021 1 350400 1"),
                rows);
    }
}
