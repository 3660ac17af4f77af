package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;

/**
 * The jars {@code package} builds: the library jar (what Maven users depend on) holds the library only; the
 * runnable {@code -cli} jar holds everything; sources and javadoc jars are there, as Maven Central requires.
 */
class ArtifactsIT {

    private static final List<String> CLI_ONLY = List.of("io/github/nianbao/cli/", "io/github/nianbao/bench/",
            "io/github/nianbao/bulk/", "picocli/", "org/sqlite/");

    private static List<String> entries(String property) throws IOException {
        Path jar = Path.of(System.getProperty(property));
        assertTrue(Files.isRegularFile(jar), jar::toString);
        try (JarFile j = new JarFile(jar.toFile())) {
            return j.stream().map(ZipEntry::getName).toList();
        }
    }

    private static long count(List<String> entries, String prefix) {
        return entries.stream().filter(e -> e.startsWith(prefix)).count();
    }

    @Test
    void theLibraryJarHasNoCommandLineClassesNorTheirDependencies() throws IOException {
        List<String> lib = entries("nianbao.jar");
        for (String prefix : CLI_ONLY) {
            assertEquals(0, count(lib, prefix), prefix);
        }
        assertTrue(lib.contains("io/github/nianbao/Nianbao.class"));
        assertTrue(lib.contains("io/github/nianbao/codebook.csv"));
        assertEquals(0, count(lib, "org/apache/"), "dependencies are not shaded into the library");
    }

    @Test
    void theLibraryJarHasAnAutomaticModuleName() throws IOException {
        try (JarFile j = new JarFile(System.getProperty("nianbao.jar"))) {
            assertEquals("io.github.nianbao", j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"));
        }
    }

    @Test
    void theCliJarHasEverything() throws IOException {
        List<String> cli = entries("nianbao.cliJar");
        for (String prefix : CLI_ONLY) {
            assertTrue(count(cli, prefix) > 0, prefix);
        }
        assertTrue(cli.contains("io/github/nianbao/Nianbao.class"));
        try (JarFile j = new JarFile(System.getProperty("nianbao.cliJar"))) {
            assertEquals("io.github.nianbao.cli.Main", j.getManifest().getMainAttributes().getValue("Main-Class"));
            assertEquals("io.github.nianbao.cli", j.getManifest().getMainAttributes().getValue("Automatic-Module-Name"),
                    "not the library's module name: the fat jar holds other modules too");
        }
    }

    @Test
    void sourcesAndJavadocJarsCoverThePublicLibrary() throws IOException {
        List<String> sources = entries("nianbao.sourcesJar");
        assertTrue(sources.contains("io/github/nianbao/NianbaoParser.java"));
        assertTrue(sources.contains("io/github/nianbao/internal/read/pdf/PdfReader.java"));
        for (String prefix : CLI_ONLY.subList(0, 3)) {
            assertEquals(0, count(sources, prefix), prefix);
        }
        List<String> javadoc = entries("nianbao.javadocJar");
        assertTrue(javadoc.stream().anyMatch(e -> e.endsWith("io/github/nianbao/model/DiagnosticCode.html")));
        assertTrue(javadoc.stream().anyMatch(e -> e.endsWith("io/github/nianbao/NianbaoParser.html")));
        assertTrue(javadoc.stream().noneMatch(e -> e.contains("/cli/") || e.contains("/internal/")), "API only");
    }

    @Test
    void theCommandLineDependenciesAreOptionalSoLibraryUsersDoNotInheritThem() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8);
        for (String artifact : List.of("picocli", "sqlite-jdbc")) {
            Matcher m = Pattern.compile("<artifactId>" + artifact + "</artifactId>\\s*<version>[^<]*</version>\\s*"
                    + "<optional>true</optional>").matcher(pom);
            assertTrue(m.find(), artifact + " is optional");
        }
    }
}
