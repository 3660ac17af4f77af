package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages form a tree (see the {@code internal} package's Javadoc): read from the sources, every reference to
 * another nianbao package (an import or a qualified name outside comments) points down, never back up.
 */
class ArchitectureTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final String ROOT = "io.github.nianbao";
    private static final Pattern REFERENCE = Pattern.compile("\\b(io\\.github\\.nianbao(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    /** Block comments and whole-line comments: a Javadoc link is not a dependency. */
    private static final Pattern COMMENT = Pattern.compile("(?s)/\\*.*?\\*/|(?m)^\\s*//.*$");
    private static final Set<String> CLI_ONLY = Set.of(ROOT + ".cli", ROOT + ".bench", ROOT + ".bulk");

    @Test
    void noPackageBelowTheFacadeDependsOnIt() {
        dependencies().forEach((from, to) -> {
            if (!from.equals(ROOT) && !CLI_ONLY.contains(from)) {
                assertTrue(!to.contains(ROOT), from + " depends on the façade package");
            }
        });
    }

    @Test
    void theLibraryDoesNotDependOnTheCommandLinePackages() {
        dependencies().forEach((from, to) -> {
            if (!CLI_ONLY.contains(from)) {
                for (String cli : CLI_ONLY) {
                    assertTrue(!to.contains(cli), from + " depends on " + cli);
                }
            }
        });
    }

    @Test
    void packageDependenciesHaveNoCycle() {
        Map<String, Set<String>> deps = dependencies();
        List<String> cycles = new ArrayList<>();
        for (String start : deps.keySet()) {
            for (String next : deps.get(start)) {
                if (reaches(deps, next, start, new TreeSet<>())) {
                    cycles.add(start + " <-> " + next);
                }
            }
        }
        assertEquals(List.of(), cycles);
    }

    private static boolean reaches(Map<String, Set<String>> deps, String from, String target, Set<String> seen) {
        if (from.equals(target)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        for (String next : deps.getOrDefault(from, Set.of())) {
            if (reaches(deps, next, target, seen)) {
                return true;
            }
        }
        return false;
    }

    /** Package → the other nianbao packages its sources name. */
    static Map<String, Set<String>> dependencies() {
        Map<String, Set<String>> deps = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                String pkg = SOURCES.relativize(f.getParent()).toString().replace(f.getFileSystem().getSeparator(), ".");
                Set<String> to = deps.computeIfAbsent(pkg, k -> new TreeSet<>());
                Matcher m = REFERENCE.matcher(COMMENT.matcher(read(f)).replaceAll(" "));
                while (m.find()) {
                    if (!m.group(1).equals(pkg)) {
                        to.add(m.group(1));
                    }
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertTrue(deps.size() > 10, "sources found under " + SOURCES.toAbsolutePath());
        return deps;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
