package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.TestFolders;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    private static final String GOOD = "testdata/golden/r9001/r9001.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    /** Output of one run. */
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void parseOneFilePrintsOneJsonObject() throws Exception {
        Run r = run("parse", "--pretty", GOOD);
        assertEquals(0, r.code(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals(GOOD, n.get("source").asText());
        assertEquals("2019", n.get("template").asText());
        assertTrue(n.get("cells").size() > 100);
        assertTrue(r.out().contains("\n  \""), "pretty output is indented");
        assertEquals("", r.err());
    }

    @Test
    void parseSeveralFilesPrintsJsonLinesAndAnErrorObjectForABadOne() throws Exception {
        Run r = run("parse", GOOD, "testdata/bad/empty.txt", "testdata/golden/r9004/r9004.txt");
        assertEquals(3, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(3, lines.size());
        JsonNode bad = JSON.readTree(lines.get(1));
        assertEquals("testdata/bad/empty.txt", bad.get("source").asText());
        assertEquals("EMPTY", bad.get("reason").asText());
        assertTrue(bad.get("error").asText().contains("empty"));
        assertEquals("2021", JSON.readTree(lines.get(2)).get("template").asText());
        assertEquals("nianbao parse: testdata/bad/empty.txt: the file is empty (0 bytes)", r.err().strip(),
                "only the unreadable file is reported on stderr");
    }

    @Test
    void parseJsonlForOneFileIsOneLine() {
        Run r = run("parse", "--jsonl", "--pretty", GOOD);
        assertEquals(0, r.code());
        assertEquals(1, r.out().lines().count());
    }

    @Test
    void parseAMissingFileIsAnIoErrorObject() throws Exception {
        Run r = run("parse", "no/such/file.pdf");
        assertEquals(3, r.code());
        assertEquals("IO", JSON.readTree(r.out()).get("reason").asText());
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, run().code());
        assertEquals(2, run("parse").code());
        assertEquals(2, run("import", "testdata/bad").code(), "--db is required");
        assertEquals(2, run("import", "no-such-folder", "--db", tmp.resolve("x.sqlite").toString()).code());
        assertEquals(2, run("import", "testdata/bad", "--db", tmp.resolve("x.sqlite").toString(), "--jobs", "0")
                .code());
        assertEquals(2, run("export", "--db", tmp.resolve("none.sqlite").toString(), "--csv", tmp.toString()).code());
        assertEquals(2, run("bogus").code());
    }

    @Test
    void importExitsWithThreeWhenSomeFailAndZeroOnRerunThenExports() throws Exception {
        String db = tmp.resolve("r.sqlite").toString();
        Path mixed = tmp.resolve("mixed");
        int good = TestFolders.mixed(mixed).size();
        Run first = run("import", mixed.toString(), "--db", db, "--jobs", "2", "--timeout", "20", "--max-bytes", "8M");
        assertEquals(3, first.code(), first.out() + first.err());
        assertTrue(first.out().contains(good + " imported"), first.out());
        assertTrue(first.out().contains("Failures by reason:"));
        assertTrue(first.out().contains(mixed.resolve("empty.txt") + ": EMPTY: the file is empty"), first.out());
        assertEquals("", first.err());

        Run second = run("import", mixed.toString(), "--db", db);
        assertEquals(0, second.code(), second.out());
        assertTrue(second.out().contains("0 imported"), second.out());

        Path csv = tmp.resolve("csv");
        Run export = run("export", "--db", db, "--csv", csv.toString());
        assertEquals(0, export.code(), export.err());
        for (String f : List.of("reports.csv", "cells.csv", "wide.csv", "diagnostics.csv", "codebook.csv",
                "load.do")) {
            assertTrue(Files.isRegularFile(csv.resolve(f)), f);
        }
        assertTrue(export.out().contains("wide.csv: " + good + " rows"), export.out());

        Run query = run("query", "--db", db, "SELECT agency, year, s3_new_total FROM wide ORDER BY source LIMIT 2");
        assertEquals(0, query.code(), query.err());
        List<String> lines = query.out().lines().toList();
        assertTrue(lines.get(0).startsWith("agency"), query.out());
        assertEquals("(2 rows)", lines.get(lines.size() - 1));
        Run failed = run("query", "--db", db, "--csv", "SELECT source, reason FROM reports WHERE status = 'failed'"
                + " ORDER BY source");
        assertTrue(failed.out().startsWith("source,reason\r\n"), failed.out());
        assertTrue(failed.out().contains("empty.txt,EMPTY\r\n"), failed.out());
        Run write = run("query", "--db", db, "DELETE FROM reports");
        assertEquals(1, write.code());
        assertTrue(write.err().contains("readonly"), write.err());
    }

    @Test
    void tableAlignsChineseText() {
        String t = TextTable.render(List.of("agency", "n"), List.of(List.of("海州区", "6"), List.of("ab", "12")));
        assertEquals("agency  n\n------  --\n海州区   6\nab      12\n(2 rows)\n", t);
    }
}
