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
    /** Hostile and broken files (testdata/README.md): most cannot be imported, some parse (disguised formats). */
    public static final Path BAD = Path.of("testdata/bad");
    /** Files of {@link #BAD} that cannot be imported: empty, encrypted, truncated, random bytes, image-only, notice. */
    public static final List<String> UNIMPORTABLE = List.of("empty.txt", "encrypted.docx", "notice.txt",
            "random-bytes.pdf", "scanned-image-only.pdf", "truncated.docx");

    private TestFolders() {
    }

    /**
     * A folder mixing the {@link #UNIMPORTABLE} files with good reports: every {@code .txt} of the golden cases, copied as
     * {@code good-<name>.txt}.
     *
     * @return the good files' names
     */
    public static List<String> mixed(Path folder) throws IOException {
        Files.createDirectories(folder);
        for (String name : UNIMPORTABLE) {
            Files.copy(BAD.resolve(name), folder.resolve(name));
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
