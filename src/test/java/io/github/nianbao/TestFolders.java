package io.github.nianbao;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Builds test folders from the committed fixtures. */
public final class TestFolders {

    /** Text reports from the golden cases, which parse with no error. */
    public static final Path GOLDEN = Path.of("testdata/golden");
    /** Files that cannot be imported: empty, encrypted, truncated, random bytes, image-only, not a report. */
    public static final Path BAD = Path.of("testdata/bad");

    private TestFolders() {
    }

    /**
     * A folder mixing every file of {@link #BAD} with good reports: every {@code .txt} of the golden cases, copied as
     * {@code good-<name>.txt}.
     *
     * @return the good files' names
     */
    public static List<String> mixed(Path folder) throws IOException {
        Files.createDirectories(folder);
        try (Stream<Path> bad = Files.list(BAD)) {
            for (Path p : bad.toList()) {
                Files.copy(p, folder.resolve(p.getFileName()));
            }
        }
        try (Stream<Path> golden = Files.walk(GOLDEN)) {
            List<Path> txt = golden.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            for (Path p : txt) {
                Files.copy(p, folder.resolve("good-" + p.getFileName()));
            }
            return txt.stream().map(p -> "good-" + p.getFileName()).toList();
        }
    }

    /** One good report text file. */
    public static Path goodReport() {
        return GOLDEN.resolve("r9001/r9001.txt");
    }
}
