package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Shape of the bench command's output (no timing is asserted). */
class BenchCommandTest {

    private static final Pattern LINE = Pattern.compile("(pdf|docx|doc|html|txt): \\d+ docs,( \\d+\\.\\d pages/doc,)? "
            + "full \\d+\\.\\d ms/doc, bare \\d+\\.\\d ms/doc, ratio (\\d+\\.\\d\\d|NaN)");

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void printsOneLinePerFormatSniffedByContentAndListsFailures() throws Exception {
        Files.copy(Path.of("testdata/golden/r9001/r9001.txt"), tmp.resolve("a.txt"));
        Files.copy(Path.of("testdata/golden/r9002/r9002.txt"), tmp.resolve("b.txt"));
        Files.copy(Path.of("testdata/golden/r9001/r9001.html"), tmp.resolve("page.doc")); // HTML by content
        Files.copy(Path.of("testdata/golden/r9001/r9001.pdf"), tmp.resolve("c.pdf"));
        Files.write(tmp.resolve("empty.txt"), new byte[0]);

        Run r = run("bench", tmp.toString(), "--rounds", "1", "--warmup", "0", "--warmup-seconds", "0");

        assertEquals(3, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(5, lines.size(), r.out());
        assertTrue(LINE.matcher(lines.get(0)).matches() && lines.get(0).startsWith("pdf: 1 docs, "), lines.get(0));
        assertTrue(lines.get(0).contains(" pages/doc,"), lines.get(0));
        assertTrue(LINE.matcher(lines.get(1)).matches() && lines.get(1).startsWith("html: 1 docs, full "),
                lines.get(1));
        assertTrue(LINE.matcher(lines.get(2)).matches() && lines.get(2).startsWith("txt: 2 docs, full "),
                lines.get(2));
        assertEquals("1 failed (not measured):", lines.get(3));
        assertTrue(lines.get(4).contains("empty.txt [sniff] EMPTY"), lines.get(4));
        assertEquals("", r.err());
    }

    @Test
    void perDocListsEveryDocument() throws Exception {
        Files.copy(Path.of("testdata/golden/r9001/r9001.txt"), tmp.resolve("a.txt"));
        Run r = run("bench", tmp.toString(), "--rounds", "2", "--warmup", "1", "--warmup-seconds", "0", "--per-doc");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), r.out());
        assertTrue(lines.get(1).contains("a.txt [txt] full "), lines.get(1));
    }

    @Test
    void rejectsZeroRoundsAndMissingFolder() {
        assertEquals(2, run("bench", tmp.toString(), "--rounds", "0").code());
        assertEquals(2, run("bench", tmp.resolve("nope").toString()).code());
    }
}
