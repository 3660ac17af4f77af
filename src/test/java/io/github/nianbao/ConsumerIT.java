package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A library user's view, after {@code package}: {@code src/test/consumer/NianbaoConsumer.java} is compiled against
 * the library jar and the runtime dependencies a Maven user inherits (no optional, CLI-only ones), then run in a
 * fresh JVM on a PDF, a DOCX, a DOC and an HTML report. Nothing may reach its standard output; the README's
 * recipes for seeing and silencing the libraries' logs (on standard error) work as documented.
 */
class ConsumerIT {

    private static final List<String> REPORTS = List.of("testdata/golden/r9001/r9001.pdf",
            "testdata/golden/r9001/r9001.docx", "testdata/golden/r9001/r9001.doc", "testdata/golden/r9001/r9001.html");

    @TempDir
    static Path tmp;
    private static String classpath;

    @BeforeAll
    static void compileTheConsumer() throws IOException {
        Path jar = Path.of(System.getProperty("nianbao.jar"));
        assertTrue(Files.isRegularFile(jar), jar::toString);
        String deps = Files.readString(Path.of(System.getProperty("nianbao.consumerClasspath"))).strip();
        assertFalse(deps.contains("picocli") || deps.contains("sqlite"), deps);
        assertTrue(deps.contains("pdfbox") && deps.contains("poi") && deps.contains("log4j-api"), deps);
        Path classes = Files.createDirectories(tmp.resolve("classes"));
        String compileClasspath = jar + File.pathSeparator + deps;
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        assertNotNull(javac, "a JDK is needed to compile the consumer");
        int rc = javac.run(null, null, null, "-encoding", "UTF-8", "-d", classes.toString(), "-cp", compileClasspath,
                "src/test/consumer/NianbaoConsumer.java");
        assertEquals(0, rc, "the consumer compiles against the library jar");
        classpath = classes + File.pathSeparator + compileClasspath;
    }

    /** One run of the consumer: exit code, standard output, standard error and what it parsed. */
    private record Run(int code, String out, String err, List<String> parsed) {
    }

    private static Run run(String name, String... jvmOptions) throws IOException, InterruptedException {
        Path result = tmp.resolve(name + ".txt");
        Path out = tmp.resolve(name + ".out");
        Path err = tmp.resolve(name + ".err");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", classpath, "NianbaoConsumer", result.toString()));
        command.addAll(REPORTS);
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice()))).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the consumer finished");
        String stderr = Files.readString(err, StandardCharsets.UTF_8);
        List<String> parsed = Files.exists(result) ? Files.readAllLines(result, StandardCharsets.UTF_8) : List.of();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), stderr, parsed);
    }

    private static String nullDevice() {
        return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
    }

    @Test
    void parsesEveryFormatAndWritesNothingToStandardOutput() throws Exception {
        Run r = run("default");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out(), "the consumer's stdout belongs to the consumer");
        assertEquals(List.of("PDF F2019 2019 韶关市延平区人民政府 17 0", "DOCX F2019 2019 韶关市延平区人民政府 17 0",
                "DOC F2019 2019 韶关市延平区人民政府 17 0", "HTML F2019 2019 韶关市延平区人民政府 17 0"), r.parsed(), r.err());
    }

    @Test
    void statusLoggerOffLeavesStandardErrorEmptyToo() throws Exception {
        Run r = run("silenced", "-Dlog4j2.statusLoggerLevel=OFF");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertEquals("", r.err(), "README: silencing the libraries' logs");
        assertEquals(4, r.parsed().size());
    }

    @Test
    void simpleLoggerLevelShowsTheLibrariesLogsOnStandardError() throws Exception {
        Run r = run("debug", "-Dlog4j2.statusLoggerLevel=OFF", "-Dlog4j2.simplelogLevel=DEBUG");
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("DEBUG ")), "README: seeing the libraries' logs");
    }
}
