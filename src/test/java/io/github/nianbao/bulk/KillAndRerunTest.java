package io.github.nianbao.bulk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real import process with SIGKILL (kill -9) while it is storing files, reruns the import, and checks that
 * every file is stored exactly once.
 */
class KillAndRerunTest {

    private static final int FILES = 60;

    @TempDir
    Path tmp;

    @Test
    void killedImportThenRerunStoresEveryFileExactlyOnce() throws Exception {
        Path dir = tmp.resolve("in");
        Path good = io.github.nianbao.TestFolders.goodReport();
        byte[] base = Files.readAllBytes(good);
        Files.createDirectories(dir);
        for (int i = 0; i < FILES; i++) {
            byte[] copy = base.clone();
            String tag = String.format("%03d", i);
            Files.write(dir.resolve("r" + tag + ".txt"), concat(copy, ("\n附" + tag + "\n").getBytes("UTF-8")));
        }
        Path db = tmp.resolve("r.sqlite");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), "io.github.nianbao.cli.Main", "import", dir.toString(),
                "--db", db.toString(), "--jobs", "1")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("out.txt").toFile()).start();
        long storedAtKill = waitForSomeRows(p, db);
        p.destroyForcibly(); // SIGKILL on Unix
        assertTrue(storedAtKill > 0 && storedAtKill < FILES, "killed midway, at " + storedAtKill + " rows");
        assertTrue(p.waitFor(20, TimeUnit.SECONDS));

        ImportSummary rerun = new BulkImporter(BulkImporterTest.options(2)).run(List.of(dir), db,
                ProgressListener.NONE);
        assertEquals(FILES, BulkImporterTest.count(db, "SELECT count(*) FROM reports"));
        assertEquals(FILES, BulkImporterTest.count(db, "SELECT count(DISTINCT sha256) FROM reports"));
        assertEquals(FILES, BulkImporterTest.count(db, "SELECT count(DISTINCT source) FROM reports"));
        assertEquals(FILES, rerun.imported() + rerun.skipped() + rerun.failed());
        assertTrue(rerun.skipped() >= storedAtKill, "files stored before the kill were skipped");
        assertEquals(BulkImporterTest.count(db, "SELECT count(*) FROM reports WHERE status = 'imported'"),
                BulkImporterTest.count(db, "SELECT count(*) FROM wide"));
    }

    /** Rows stored when the child was killed (at least one, unless it finished first). */
    private static long waitForSomeRows(Process p, Path db) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline && p.isAlive()) {
            if (Files.exists(db)) {
                try {
                    long n = BulkImporterTest.count(db, "SELECT count(*) FROM reports");
                    if (n >= 3) {
                        return n;
                    }
                } catch (java.sql.SQLException e) {
                    // schema not created yet
                }
            }
            Thread.sleep(5);
        }
        return 0;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
