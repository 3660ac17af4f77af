package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar in real processes: a terminal made by util-linux {@code script}, redirections, pipes. */
class CliIT {

    @TempDir
    Path tmp;

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String jar() {
        return System.getProperty("nianbao.cliJar");
    }

    /** Runs a shell command line; returns the exit code. */
    private static int sh(String commandLine) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("sh", "-c", commandLine).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), commandLine);
        return p.exitValue();
    }

    private static String quote(Object s) {
        return "'" + s.toString().replace("'", "'\\''") + "'";
    }

    private static boolean hasScript() {
        return System.getProperty("os.name").equals("Linux") && new File("/usr/bin/script").canExecute();
    }

    @Test
    void fromATerminalTheBarIsDrawnThereButNotIntoARedirectedStandardError() throws Exception {
        assumeTrue(hasScript(), "needs util-linux script to make a terminal");
        String importCmd = quote(java()) + " -jar " + quote(jar()) + " import testdata/golden/r9001 --db ";
        Path typescript = tmp.resolve("terminal.txt");
        assertEquals(0, sh("script -qec " + quote(importCmd + quote(tmp.resolve("a.sqlite"))) + " "
                + quote(typescript)));
        assertTrue(Files.readString(typescript, StandardCharsets.UTF_8).contains("\r["), "a bar on the terminal");

        Path log = tmp.resolve("log.txt");
        Path typescript2 = tmp.resolve("terminal2.txt");
        assertEquals(0, sh("script -qec " + quote(importCmd + quote(tmp.resolve("b.sqlite")) + " 2> " + quote(log))
                + " " + quote(typescript2)));
        String logged = Files.readString(log, StandardCharsets.UTF_8);
        assertFalse(logged.contains("\r"), "no bar frames in import … 2> log: " + logged);
        assertTrue(Files.readString(typescript2, StandardCharsets.UTF_8).contains("files: 6 imported"),
                "the summary still goes to the terminal");
    }

    @Test
    void versionAndStandardInputInRealProcesses() throws Exception {
        Path out = tmp.resolve("version.txt");
        List<String> cmd = new ArrayList<>(List.of(java(), "-jar", jar(), "parse", "--version"));
        Process v = new ProcessBuilder(cmd).redirectOutput(out.toFile()).start();
        assertEquals(0, v.waitFor());
        assertTrue(Files.readString(out).strip().matches("nianbao \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"),
                Files.readString(out));

        Path json = tmp.resolve("stdin.json");
        Process p = new ProcessBuilder(java(), "-jar", jar(), "parse", "-", "--name", "piped.docx")
                .redirectInput(new File("testdata/golden/r9001/r9001.docx")).redirectOutput(json.toFile()).start();
        assertEquals(0, p.waitFor());
        String s = Files.readString(json, StandardCharsets.UTF_8);
        assertTrue(s.contains("\"source\":\"piped.docx\"") && s.contains("\"format\":\"docx\""), s);
    }
}
