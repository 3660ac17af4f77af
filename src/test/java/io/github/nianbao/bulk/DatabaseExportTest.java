package io.github.nianbao.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.export.ExportColumns;
import io.github.nianbao.model.Codebook;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseExportTest {

    @TempDir
    Path tmp;

    @Test
    void writesEveryFileWithABomAndTheWideColumnsInCodebookOrder() throws Exception {
        Path out = exportSynthetic(3);
        for (String name : List.of("reports.csv", "cells.csv", "wide.csv", "diagnostics.csv", "codebook.csv")) {
            byte[] b = Files.readAllBytes(out.resolve(name));
            assertTrue((b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF, name + " has a BOM");
        }
        List<List<String>> wide = readCsv(out.resolve("wide.csv"));
        List<String> expected = new ArrayList<>(DatabaseExport.WIDE_FIXED);
        expected.addAll(Codebook.standard().allCodes());
        for (String amount : List.of("s2_fees_amount", "s2_procure_amount")) {
            expected.add(amount + "_unit");
            expected.add(amount + "_wan");
        }
        assertEquals(expected, wide.get(0));
        assertEquals(4, wide.size());
        assertEquals(ExportColumns.metadataColumns().size() + Codebook.standard().entries().size() + 4 + 1,
                readCsv(out.resolve("codebook.csv")).size());
    }

    @Test
    void wideValuesEqualTheParsedCellsAndNegativeNumbersStayNumbers() throws Exception {
        Path out = exportSynthetic(2);
        List<List<String>> wide = readCsv(out.resolve("wide.csv"));
        List<String> header = wide.get(0);
        for (List<String> row : wide.subList(1, wide.size())) {
            AnnualReport expected = TestReports.synthetic(("报告" + 0).getBytes(StandardCharsets.UTF_8), "x");
            for (String code : Codebook.standard().allCodes()) {
                BigDecimal v = expected.value(code);
                assertEquals(v == null ? "" : v.toPlainString(), row.get(header.indexOf(code)), code);
            }
            assertEquals("imported", row.get(header.indexOf("status")));
            assertEquals("'" + TestReports.FORMULA_AGENCY, row.get(header.indexOf("agency")), "agency neutralised");
        }
        String text = Files.readString(out.resolve("wide.csv"));
        assertTrue(text.contains(",-3,-2,-1,0,1,844.32,"), "negative numbers are written as numbers");
    }

    @Test
    void cellsCsvIsLongFormWithRawTokensAndLocations() throws Exception {
        Path out = exportSynthetic(1);
        List<List<String>> cells = readCsv(out.resolve("cells.csv"));
        assertEquals(List.of("report_id", "source", "code", "value", "raw", "page", "line", "table_no", "row_no",
                "col_no"), cells.get(0));
        List<String> first = cells.get(1);
        assertEquals("-3", first.get(3), "value is a number");
        assertEquals("'-3", first.get(4), "raw is text, so neutralised");
        assertEquals("", first.get(5), "unknown page is empty");
        assertEquals("1", first.get(6));
    }

    @Test
    void loadDoLabelsEveryWideVariable() throws Exception {
        Path out = exportSynthetic(1);
        String doFile = Files.readString(out.resolve("load.do"), StandardCharsets.UTF_8);
        List<String> header = readCsv(out.resolve("wide.csv")).get(0);
        for (String column : header) {
            assertTrue(doFile.contains("\nlabel variable " + column + " `\""), column);
        }
        assertTrue(doFile.contains("label variable s3_new_natural `\"一、本年新收政府信息公开申请数量 × 自然人\"'"));
    }

    /** Issue 5's check: wide.csv values equal each golden case's expected.json (real parser, real files). */
    @Test
    void wideCsvOfTheGoldenCasesEqualsTheirExpectedCells() throws Exception {
        Path db = tmp.resolve("g.sqlite");
        new BulkImporter(ImportOptions.defaults().withJobs(2)).run(List.of(Path.of("testdata/golden")), db,
                ProgressListener.NONE);
        Path out = tmp.resolve("csv");
        DatabaseExport.toCsv(db, out);
        List<List<String>> wide = readCsv(out.resolve("wide.csv"));
        List<String> header = wide.get(0);
        ObjectMapper json = new ObjectMapper();
        int checked = 0;
        for (List<String> row : wide.subList(1, wide.size())) {
            Path source = Path.of(row.get(header.indexOf("source")));
            JsonNode expected = json.readTree(source.resolveSibling("expected.json").toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("cells").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String got = row.get(header.indexOf(e.getKey()));
                String want = e.getValue().isNull() ? "" : e.getValue().decimalValue().toPlainString();
                if (want.isEmpty() || got.isEmpty()) {
                    assertEquals(want, got, source + " " + e.getKey());
                } else {
                    assertEquals(0, new BigDecimal(want).compareTo(new BigDecimal(got)),
                            source + " " + e.getKey() + ": " + want + " vs " + got);
                }
                checked++;
            }
        }
        assertTrue(checked > 0, "some golden cells were compared");
    }

    @Test
    void aMissingDatabaseIsAClearError() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> DatabaseExport.toCsv(tmp.resolve("none.sqlite"), tmp.resolve("csv")));
        assertTrue(e.getMessage().contains("none.sqlite"));
    }

    private Path exportSynthetic(int files) throws Exception {
        Path dir = tmp.resolve("in");
        TestReports.writeFiles(dir, files);
        Path db = tmp.resolve("s.sqlite");
        new BulkImporter(ImportOptions.defaults().withJobs(1), TestReports::synthetic).run(List.of(dir), db,
                ProgressListener.NONE);
        Path out = tmp.resolve("csv");
        Map<String, Integer> rows = DatabaseExport.toCsv(db, out);
        assertEquals(files, rows.get("wide.csv"));
        assertNotNull(rows.get("load.do"));
        return out;
    }

    /** A small RFC 4180 reader (BOM skipped) so the test does not trust the writer's own quoting code. */
    static List<List<String>> readCsv(Path file) throws IOException {
        String s = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(s.isEmpty());
        if (s.charAt(0) == '\uFEFF') {
            s = s.substring(1);
        }
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cur.toString());
                cur.setLength(0);
            } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
                row.add(cur.toString());
                cur.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cur.append(c);
            }
        }
        return rows;
    }
}
