package io.github.nianbao.bulk;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds the files of a bulk import: every regular file under the folders given, recursively, in name order —
 * except golden-test answer files ({@code expected.json}, {@code *.expected.json}), so that importing a test-data
 * folder imports only documents. Symbolic links to folders are not followed (no cycles).
 */
public final class FileWalker {

    private FileWalker() {
    }

    /** The files under {@code roots} (a root may also be a file), without duplicates. */
    public static List<Path> collect(List<Path> roots) throws IOException {
        Set<Path> seen = new LinkedHashSet<>();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new NoSuchFileException(root.toString(), null, "no such file or folder");
            }
            List<Path> found = new ArrayList<>();
            if (Files.isDirectory(root)) {
                walk(root, found);
            } else if (Files.isRegularFile(root)) {
                found.add(root);
            }
            found.sort(null);
            seen.addAll(found);
        }
        return List.copyOf(seen);
    }

    /** Whether a file is an answer file of the golden tests rather than a document. */
    public static boolean isExpectedFile(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.equals("expected.json") || name.endsWith(".expected.json");
    }

    private static void walk(Path root, List<Path> out) throws IOException {
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                boolean regular = attrs.isRegularFile() || attrs.isSymbolicLink() && Files.isRegularFile(file);
                if (regular && !isExpectedFile(file)) {
                    out.add(file);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // an unreadable folder is left out; its files cannot be imported
            }
        });
    }
}
