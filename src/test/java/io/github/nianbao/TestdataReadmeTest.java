package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * testdata/README.md says how every fixture was made: every file of bad/ and readers/, every golden and scan folder.
 */
class TestdataReadmeTest {

    private static final Path TESTDATA = Path.of("testdata");

    @Test
    void everyFixtureIsDescribed() throws IOException {
        String readme = Files.readString(TESTDATA.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> missing;
        try (Stream<Path> all = Files.walk(TESTDATA)) {
            missing = all.filter(p -> !p.equals(TESTDATA)).map(TESTDATA::relativize).filter(TestdataReadmeTest::isFixture)
                    .map(p -> p.getFileName().toString()).filter(n -> !readme.contains("`" + n + "`")).toList();
        }
        assertEquals(List.of(), missing, "not described in testdata/README.md");
    }

    @Test
    void thereIsOneLayoutAndOneReadme() throws IOException {
        try (Stream<Path> top = Files.list(TESTDATA); Stream<Path> all = Files.walk(TESTDATA)) {
            assertEquals(List.of("README.md", "bad", "golden", "readers", "scan"),
                    top.map(p -> p.getFileName().toString()).sorted().toList());
            assertEquals(List.of(Path.of("testdata/README.md")),
                    all.filter(p -> p.getFileName().toString().startsWith("README")).toList());
        }
    }

    @Test
    void theFixtureScriptsAreReferenced() throws IOException {
        String readme = Files.readString(TESTDATA.resolve("README.md"), StandardCharsets.UTF_8);
        try (Stream<Path> scripts = Files.list(Path.of("src/test/scripts"))) {
            scripts.forEach(s -> assertTrue(readme.contains("src/test/scripts/" + s.getFileName()), s::toString));
        }
    }

    /** Golden cases are described by folder (their inputs share the folder's story); other fixtures by file. */
    private static boolean isFixture(Path relative) {
        int depth = relative.getNameCount();
        String top = relative.getName(0).toString();
        if (top.equals("golden") || top.equals("scan")) {
            return depth == 2;
        }
        return depth == 2 && Files.isRegularFile(TESTDATA.resolve(relative));
    }
}
