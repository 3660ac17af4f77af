package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code nianbao review}: its summary line, its exit codes and its sentences. */
class ReviewCommandTest {

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

    private Path imported() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of("testdata/golden/r9004-row-sum/r9004-row-sum.txt"), in.resolve("r9004-row-sum.txt"));
        Files.copy(Path.of("testdata/bad/notice.txt"), in.resolve("notice.txt"));
        Path db = tmp.resolve("r.sqlite");
        assertEquals(3, run("import", in.toString(), "--db", db.toString(), "--no-progress").code());
        return db;
    }

    @Test
    void aSiteIsWrittenAndARerunWritesNothing() throws Exception {
        Path db = imported();
        Path site = tmp.resolve("site");
        Run r = run("review", "--db", db.toString(), "--out", site.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("1 report pages: 1 written, 0 unchanged; 1 failed files listed;"), r.out());
        assertTrue(Files.isRegularFile(site.resolve("index.html")));
        Run again = run("review", "--db", db.toString(), "--out", site.toString());
        assertTrue(again.out().startsWith("1 report pages: 0 written, 1 unchanged;"), again.out());
    }

    @Test
    void sourcesThatCannotBeFoundGiveExitThreeAndSaySo() throws Exception {
        Path db = imported();
        Files.delete(tmp.resolve("in").resolve("r9004-row-sum.txt"));
        Run r = run("review", "--db", db.toString(), "--out", tmp.resolve("site").toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("1 reports' source files could not be used") && r.err().contains("--source-root"),
                r.err());
    }

    @Test
    void aMissingDatabaseIsAUsageErrorAndAForeignFolderIsRefused() throws Exception {
        Run missing = run("review", "--db", tmp.resolve("none.sqlite").toString(), "--out", tmp.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such database"), missing.err());
        Path db = imported();
        Run foreign = run("review", "--db", db.toString(), "--out", tmp.resolve("in").toString());
        assertEquals(1, foreign.code());
        assertTrue(foreign.err().startsWith("nianbao review: ") && foreign.err().contains("not written by nianbao "
                + "review"), foreign.err());
        assertFalse(foreign.err().contains("Exception"), foreign.err());
    }
}
