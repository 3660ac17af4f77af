package io.github.nianbao.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a user sees in a terminal and in scripts: --version, the progress bar, standard input, errors. */
class CommandLineBehaviourTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String GOOD = "testdata/golden/r9001/r9001.txt";

    @TempDir
    Path tmp;

    private record Run(int code, String out, String err) {
    }

    private static Run run(InputStream in, boolean errIsTerminal, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(in, new PrintWriter(out), new PrintWriter(err), errIsTerminal, args);
        return new Run(code, out.toString(), err.toString());
    }

    private static Run run(String... args) {
        return run(InputStream.nullInputStream(), false, args);
    }

    @Test
    void versionIsPrintedByTheCommandAndEverySubcommand() {
        String expected = "nianbao " + NianbaoCommand.Version.version();
        assertTrue(expected.matches("nianbao \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?"), expected);
        List<String> commands = new ArrayList<>(Main.commandLine(InputStream.nullInputStream(),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false).getSubcommands()
                .keySet());
        assertTrue(commands.containsAll(List.of("parse", "import", "export", "query", "bench")), commands::toString);
        commands.add(0, null);
        for (String command : commands) {
            Run r = command == null ? run("--version") : run(command, "--version");
            assertEquals(0, r.code(), command);
            assertEquals(expected, r.out().strip(), command);
        }
    }

    @Test
    void theProgressBarIsDrawnOnlyWhenStandardErrorIsATerminal() {
        String db = tmp.resolve("p.sqlite").toString();
        Run terminal = run(InputStream.nullInputStream(), true, "import", "testdata/golden/r9001", "--db", db);
        assertEquals(0, terminal.code(), terminal.err());
        assertTrue(terminal.err().contains("\r["), "a terminal gets the bar");

        Run file = run(InputStream.nullInputStream(), false, "import", "testdata/golden/r9001", "--db", db);
        assertEquals(0, file.code());
        assertEquals("", file.err(), "a file or a pipe gets no bar");

        Run off = run(InputStream.nullInputStream(), true, "import", "testdata/golden/r9001", "--db", db,
                "--no-progress");
        assertEquals("", off.err(), "--no-progress");
        assertTrue(off.out().contains("files:"), "the summary is still printed");

        Run quiet = run(InputStream.nullInputStream(), true, "import", "testdata/golden/r9001", "--db", db, "-q");
        assertEquals(0, quiet.code());
        assertEquals("", quiet.err(), "--quiet: no bar");
        assertEquals("", quiet.out(), "--quiet: no summary");
    }

    @Test
    void quietStillSaysSomethingFailedThroughTheExitCode() throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("one-bad"));
        Files.copy(Path.of("testdata/bad/empty.txt"), folder.resolve("empty.txt"));
        Run quiet = run(InputStream.nullInputStream(), true, "import", folder.toString(), "--db",
                tmp.resolve("q.sqlite").toString(), "--quiet");
        assertEquals(ExitCodes.SOME_FAILED, quiet.code());
        assertEquals("", quiet.out());
    }

    @Test
    void terminalDevicesAreToldFromFilesAndPipes() throws Exception {
        assertTrue(Terminal.isTerminalDevice(link("pts", Path.of("/dev/pts/7"))));
        assertTrue(Terminal.isTerminalDevice(link("tty", Path.of("/dev/tty1"))));
        assertFalse(Terminal.isTerminalDevice(link("file", tmp.resolve("log.txt"))));
        assertFalse(Terminal.isTerminalDevice(link("null", Path.of("/dev/null"))));
        assertFalse(Terminal.isTerminalDevice(link("pipe", Path.of("pipe:[4711]"))));
        assertFalse(Terminal.isTerminalDevice(tmp.resolve("not-a-link")));
    }

    private Path link(String name, Path target) throws Exception {
        return Files.createSymbolicLink(tmp.resolve(name), target);
    }

    @Test
    void parseReadsStandardInputWithTheNameGiven() throws Exception {
        byte[] text = Files.readAllBytes(Path.of(GOOD));
        Run r = run(new ByteArrayInputStream(text), false, "parse", "-", "--name", "r9001.txt");
        assertEquals(0, r.code(), r.err());
        JsonNode n = JSON.readTree(r.out());
        assertEquals("r9001.txt", n.get("source").asText());
        assertEquals("txt", n.get("format").asText());
        assertEquals("2019", n.get("template").asText());

        byte[] pdf = Files.readAllBytes(Path.of("testdata/golden/r9001/r9001.pdf"));
        Run p = run(new ByteArrayInputStream(pdf), false, "parse", "-");
        assertEquals(0, p.code(), p.err());
        JsonNode pn = JSON.readTree(p.out());
        assertEquals("-", pn.get("source").asText(), "without --name the source is -");
        assertEquals("pdf", pn.get("format").asText(), "the format comes from the content");
        assertEquals(n.get("cells"), pn.get("cells"));
    }

    @Test
    void standardInputMixesWithFiles() throws Exception {
        byte[] text = Files.readAllBytes(Path.of(GOOD));
        Run r = run(new ByteArrayInputStream(text), false, "parse", GOOD, "-");
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size());
        assertEquals(JSON.readTree(lines.get(0)).get("cells"), JSON.readTree(lines.get(1)).get("cells"));
    }

    @Test
    void emptyStandardInputIsAnErrorOnStandardErrorAndInTheJson() throws Exception {
        Run r = run("parse", "-");
        assertEquals(ExitCodes.SOME_FAILED, r.code());
        assertEquals("EMPTY", JSON.readTree(r.out()).get("reason").asText());
        assertEquals("nianbao parse: -: the file is empty (0 bytes)", r.err().strip());
    }

    @Test
    void standardInputOptionsAreChecked() {
        assertEquals(ExitCodes.USAGE, run("parse", "-", "-").code());
        Run name = run("parse", GOOD, "--name", "x.pdf");
        assertEquals(ExitCodes.USAGE, name.code());
        assertTrue(name.err().contains("--name names standard input"), name.err());
    }

    @Test
    void aMissingFileIsReportedOnStandardErrorAndInTheJson() throws Exception {
        Run r = run("parse", GOOD, "no/such/file.pdf");
        assertEquals(ExitCodes.SOME_FAILED, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(2, lines.size(), "the good file still prints");
        JsonNode missing = JSON.readTree(lines.get(1));
        assertEquals("IO", missing.get("reason").asText());
        assertEquals("no such file: no/such/file.pdf", missing.get("error").asText());
        assertEquals("nianbao parse: no/such/file.pdf: no such file: no/such/file.pdf", r.err().strip());
    }
}
