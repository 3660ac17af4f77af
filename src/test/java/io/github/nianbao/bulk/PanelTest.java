package io.github.nianbao.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.export.StataSyntax;
import io.github.nianbao.model.Codebook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13's check: {@code import testdata/golden} (which holds one agency's series 2022–2024, its 2023 report as TXT
 * and HTML, and a carry-over that does not match) then {@code export}: one panel row per agency-year, region codes,
 * the carry-over flagged by cell, copies grouped with one primary, a bilingual codebook, and the files read by pandas
 * and passing the do-file rules.
 */
class PanelTest {

    /** Every agency of the golden cases and its region code; empty where the name is fictional. */
    private static final Map<String, String> REGION = Map.ofEntries(
            Map.entry("淮安市洪泽区人民政府", "320813"), Map.entry("洪泽区人民政府", "320813"),
            Map.entry("淮安市人民政府", "320800"), Map.entry("阜新市海州区", "210902"),
            Map.entry("阜新市海州区人民政府", "210902"), Map.entry("盐城市交通运输局", "320900"),
            Map.entry("山东省市场监督管理厅", "370000"), Map.entry("湖北省卫生健康委员会", "420000"),
            Map.entry("潍坊市教育局", "370700"), Map.entry("济南市历下区人民政府", "370102"),
            Map.entry("青岛市市南区人民政府", "370202"), Map.entry("淄博市张店区人民政府", "370303"),
            Map.entry("潍坊市奎文区人民政府", "370705"), Map.entry("临沂市兰山区人民政府", "371302"),
            Map.entry("韶关市延平区人民政府", ""), Map.entry("韶关市镕堃区人民政府", ""),
            Map.entry("阜新市西工区人民政府", ""));

    @TempDir
    static Path tmp;
    private static Path out;

    @BeforeAll
    static void importAndExportTheGoldenCases() throws Exception {
        Path db = tmp.resolve("golden.sqlite");
        ImportSummary s = new BulkImporter(ImportOptions.defaults().withJobs(2)).run(
                List.of(Path.of("testdata/golden")), db, ProgressListener.NONE);
        assertEquals(0, s.failed(), s.failures().toString());
        out = tmp.resolve("csv");
        DatabaseExport.toCsv(db, out);
    }

    private static List<Map<String, String>> rows(String file) throws IOException {
        List<List<String>> csv = DatabaseExportTest.readCsv(out.resolve(file));
        List<Map<String, String>> rows = new ArrayList<>();
        for (List<String> r : csv.subList(1, csv.size())) {
            Map<String, String> m = new LinkedHashMap<>();
            for (int i = 0; i < r.size(); i++) {
                m.put(csv.get(0).get(i), r.get(i));
            }
            rows.add(m);
        }
        return rows;
    }

    @Test
    void panelHasOneRowPerAgencyYearWithTheRightRegionCodes() throws Exception {
        List<Map<String, String>> panel = rows("panel.csv");
        Set<String> keys = new HashSet<>();
        for (Map<String, String> r : panel) {
            assertTrue(keys.add(r.get("agency_key") + "|" + r.get("year")), "one row per agency-year: " + r);
            assertEquals("1", r.get("present"));
            String agency = r.get("agency");
            assertTrue(REGION.containsKey(agency), agency);
            assertEquals(REGION.get(agency), r.get("region_code"), agency);
            assertEquals(REGION.get(agency).isEmpty(), r.get("agency_key").startsWith("name/"), agency);
        }
        Set<String> wideKeys = new HashSet<>();
        for (Map<String, String> r : rows("wide.csv")) {
            wideKeys.add(r.get("agency_key") + "|" + r.get("year"));
        }
        assertEquals(wideKeys, keys, "every agency-year of wide.csv is in the panel, once");
        List<String> haizhou = panel.stream().filter(r -> r.get("agency_key").equals("210902/人民政府"))
                .map(r -> r.get("year")).toList();
        assertEquals(List.of("2022", "2023", "2024"), haizhou, "阜新市海州区 and 阜新市海州区人民政府 are one series");
        assertEquals(2, panel.stream().filter(r -> r.get("agency_key").equals("320813/人民政府")).count(),
                "洪泽区人民政府 (2023) and 淮安市洪泽区人民政府 (2024) are one series");
    }

    @Test
    void theCarryOverThatDoesNotMatchIsFlaggedOnTheLaterYearByCell() throws Exception {
        Map<String, String> byId = new HashMap<>();
        for (Map<String, String> r : rows("reports.csv")) {
            byId.put(r.get("id"), r.get("agency_key") + " " + r.get("year") + " " + r.get("is_primary"));
        }
        List<String> found = new ArrayList<>();
        for (Map<String, String> d : rows("diagnostics.csv")) {
            if (d.get("code").equals("YEAR_CARRY_OVER")) {
                assertEquals("WARNING", d.get("severity"));
                assertEquals("panel", d.get("origin"));
                assertTrue(d.get("message").contains("haizhou-2022"), d.get("message"));
                found.add(byId.get(d.get("report_id")) + " " + d.get("cell"));
            }
        }
        assertEquals(List.of("210902/人民政府 2023 1 s3_carried_in_natural", "210902/人民政府 2023 1 s3_carried_in_total"),
                found.stream().sorted().toList());
    }

    @Test
    void copiesAreGroupedWithOnePrimary() throws Exception {
        Map<String, List<Map<String, String>>> groups = new HashMap<>();
        for (Map<String, String> r : rows("wide.csv")) {
            groups.computeIfAbsent(r.get("agency_key") + "|" + r.get("year"), k -> new ArrayList<>()).add(r);
        }
        for (List<Map<String, String>> g : groups.values()) {
            List<Map<String, String>> primary = g.stream().filter(r -> r.get("is_primary").equals("1")).toList();
            assertEquals(1, primary.size(), g.toString());
            for (Map<String, String> r : g) {
                assertEquals(primary.get(0).get("report_id"), r.get("copy_group"));
                assertEquals(String.valueOf(g.size()), r.get("n_copies"));
                assertEquals("imported", r.get("status"));
            }
        }
        List<Map<String, String>> h2023 = groups.get("210902/人民政府|2023");
        assertEquals(Set.of("txt", "html"), Set.of(h2023.get(0).get("format"), h2023.get(1).get("format")));
        assertEquals(9, groups.get("320900/交通运输局|2021").size(), "盐城市交通运输局 2021: r9002 and r9002-auto-numbering");
    }

    @Test
    void codebookDescribesEveryColumnInChineseAndEnglishWithOneUnitPerNumber() throws Exception {
        Map<String, Map<String, String>> codebook = new HashMap<>();
        for (Map<String, String> r : rows("codebook.csv")) {
            codebook.putIfAbsent(r.get("column"), r);
            assertFalse(r.get("label_zh").isBlank(), r.toString());
            assertFalse(r.get("label_en").isBlank(), r.toString());
            assertTrue(r.get("label_en").matches(".*[A-Za-z]{3}.*"), "an English label: " + r);
        }
        for (String file : List.of("wide.csv", "panel.csv", "reports.csv")) {
            for (String column : DatabaseExportTest.readCsv(out.resolve(file)).get(0)) {
                Map<String, String> c = codebook.get(column);
                assertNotNull(c, file + ": " + column + " is in codebook.csv");
                if (c.get("kind").equals("cell") || c.get("kind").equals("derived") && c.get("type").equals("decimal")) {
                    assertFalse(c.get("unit_zh").isBlank() || c.get("unit_en").isBlank(), column + " has a unit");
                }
            }
        }
        assertEquals("万元", codebook.get("s2_procure_amount_wan").get("unit_zh"));
        assertTrue(codebook.get("s2_procure_amount").get("unit_zh").contains("s2_procure_amount_unit"));
    }

    @Test
    void doFilesPassTheStataRules() throws Exception {
        for (String[] f : new String[][] {{"load.do", "wide.csv"}, {"load_panel.do", "panel.csv"}}) {
            String doFile = Files.readString(out.resolve(f[0]), StandardCharsets.UTF_8);
            List<String> header = DatabaseExportTest.readCsv(out.resolve(f[1])).get(0);
            assertEquals(List.of(), StataSyntax.problems(doFile, f[1], header), f[0]);
        }
        String panelDo = Files.readString(out.resolve("load_panel.do"), StandardCharsets.UTF_8);
        assertTrue(panelDo.contains("\nxtset agency_id year\n"), panelDo);
    }

    /** pandas reads the files as a researcher would; Debian's python3-pandas, which .ci/run installs. */
    @Test
    void pandasReadsTheExports() throws Exception {
        boolean ci = System.getenv("CI") != null;
        String python = null;
        for (String candidate : List.of("python3", "/usr/bin/python3")) { // Debian's pandas is for /usr/bin/python3
            if (python == null && run(List.of(candidate, "-c", "import pandas")) == 0) {
                python = candidate;
            }
        }
        boolean hasPandas = python != null;
        if (!hasPandas && !ci) {
            System.err.println("SKIPPED PanelTest.pandasReadsTheExports: python3 with pandas is not installed "
                    + "(apt-get install python3-pandas); CI installs it and runs this check");
        }
        Assumptions.assumeTrue(hasPandas || ci, "python3 with pandas is not installed (apt-get install python3-pandas):"
                + " the pandas check is skipped on this machine; CI installs it");
        Path script = Files.writeString(tmp.resolve("check.py"), PANDAS_CHECK, StandardCharsets.UTF_8);
        Path log = tmp.resolve("pandas.log");
        ProcessBuilder pb = new ProcessBuilder(hasPandas ? python : "python3", script.toString(), out.toString(),
                String.join(",", Codebook.standard().allCodes())).redirectErrorStream(true).redirectOutput(log.toFile());
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "pandas check finished");
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), output);
        assertTrue(output.contains("pandas check ok"), output);
    }

    private static int run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static final String PANDAS_CHECK = """
            import sys
            import pandas as pd
            folder, codes = sys.argv[1], sys.argv[2].split(",")
            def read(name):
                return pd.read_csv(folder + "/" + name, encoding="utf-8-sig", dtype={"region_code": str})
            wide, panel, codebook, reports = read("wide.csv"), read("panel.csv"), read("codebook.csv"), read("reports.csv")
            assert len(wide) == len(reports[reports.status == "imported"]), "wide: one row per imported report"
            for code in codes:
                assert pd.api.types.is_numeric_dtype(wide[code]), code + " is numeric in wide.csv: " + str(wide[code].dtype)
                assert pd.api.types.is_numeric_dtype(panel[code]), code + " is numeric in panel.csv"
            assert not panel.duplicated(["agency_key", "year"]).any(), "one panel row per agency_key and year"
            assert pd.api.types.is_integer_dtype(panel["year"]), "year is an integer"
            assert set(panel["present"]) <= {0, 1}
            assert (wide.groupby(["agency_key", "year"])["is_primary"].sum() == 1).all(), "one primary per group"
            described = set(codebook["column"])
            for frame, name in ((wide, "wide"), (panel, "panel"), (reports, "reports")):
                missing = [c for c in frame.columns if c not in described]
                assert not missing, name + ": columns missing from codebook.csv: " + str(missing)
            assert codebook["label_en"].notna().all() and codebook["label_zh"].notna().all()
            h = panel[panel.agency_key == "210902/人民政府"].set_index("year")
            assert list(h.index) == [2022, 2023, 2024], list(h.index)
            assert h.loc[2023, "region_code"] == "210902"
            assert h.loc[2022, "s3_carried_out_natural"] == 2 and h.loc[2023, "s3_carried_in_natural"] == 1
            print("pandas check ok:", len(wide), "reports,", len(panel), "panel rows,", len(codebook), "codebook rows")
            """;
}
