package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database or export folder that cannot be used gives one readable sentence on stderr and the exit code docs/CLI.md
 * promises: 2 when the database's folder does not exist (nothing was done), 1 when the database cannot be opened or
 * created, is not an SQLite file, or an export file cannot be written.
 */
class DatabaseCliTest {

    private static final String GOOD = "testdata/golden/r9001/r9001.txt";

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

    /** One sentence naming {@code path}, without the driver's {@code [SQLITE_…]} codes or a stack trace. */
    private static void readable(Run r, String path, String words) {
        String first = r.err().lines().findFirst().orElse("");
        assertTrue(first.contains(path) && first.contains(words), r.err());
        assertFalse(r.err().contains("[SQLITE") || r.err().contains("Exception") || r.err().contains("\tat "),
                r.err());
    }

    @Test
    void aDatabaseInAFolderThatDoesNotExistIsAUsageError() {
        String db = tmp.resolve("no-such-folder").resolve("r.sqlite").toString();
        Run r = run("import", GOOD, "--db", db);
        assertEquals(2, r.code(), r.err());
        readable(r, db, "does not exist");
        assertFalse(Files.exists(tmp.resolve("no-such-folder")), "nothing was made");
    }

    @Test
    void aDatabaseWhereNoFileCanBeMadeIsExitOne() {
        Run r = run("import", GOOD, "--db", "/proc/nianbao-test.sqlite");
        assertEquals(1, r.code(), r.err());
        readable(r, "/proc/nianbao-test.sqlite", "cannot open or create the database");
    }

    @Test
    void aFileThatIsNotADatabaseIsExitOneForImportQueryAndExport() throws Exception {
        Path notes = tmp.resolve("notes.txt");
        String text = "not a database\n".repeat(100);
        Files.writeString(notes, text, StandardCharsets.UTF_8);
        for (String[] args : new String[][] {
            {"import", GOOD, "--db", notes.toString()},
            {"query", "--db", notes.toString(), "SELECT 1"},
            {"export", "--db", notes.toString(), "--csv", tmp.resolve("out").toString()}}) {
            Run r = run(args);
            assertEquals(1, r.code(), args[0] + ": " + r.err());
            readable(r, notes.toString(), "is not an SQLite database");
        }
        assertEquals(text, Files.readString(notes, StandardCharsets.UTF_8), "the file is left as it was");
    }

    @Test
    void anExportFolderThatCannotBeWrittenIsExitOneWithTheReason() {
        Path db = tmp.resolve("r.sqlite");
        assertEquals(0, run("import", GOOD, "--db", db.toString()).code());
        Run r = run("export", "--db", db.toString(), "--csv", "/proc/nianbao-out");
        assertEquals(1, r.code(), r.err());
        readable(r, "/proc/nianbao-out", "no folder can be made in /proc");
        Run inProc = run("export", "--db", db.toString(), "--csv", "/proc");
        assertEquals(1, inProc.code(), inProc.err());
        readable(inProc, "/proc/reports.csv", "does not take new files");
    }

    @Test
    void anExportIntoAPathBelowAFileNamesTheFile() throws Exception {
        Path db = tmp.resolve("r.sqlite");
        assertEquals(0, run("import", GOOD, "--db", db.toString()).code());
        Path file = Files.writeString(tmp.resolve("a-file"), "x");
        Run r = run("export", "--db", db.toString(), "--csv", file.resolve("out").toString());
        assertEquals(1, r.code(), r.err());
        readable(r, file.toString(), "is a file, not a folder");
    }
}
