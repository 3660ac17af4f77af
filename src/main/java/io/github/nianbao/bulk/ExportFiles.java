package io.github.nianbao.bulk;

import io.github.nianbao.export.CsvWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** The folder an export writes into, with a sentence naming the file and the reason when it cannot be written. */
final class ExportFiles {

    private final Path folder;

    private ExportFiles(Path folder) {
        this.folder = folder;
    }

    /** Creates the folder if needed. */
    static ExportFiles in(Path folder) throws IOException {
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new IOException("cannot create the export folder " + folder + ": " + reason(e), e);
        }
        if (!Files.isDirectory(folder)) {
            throw new IOException("cannot write into " + folder + ": it is not a folder");
        }
        return new ExportFiles(folder);
    }

    /** A CSV file of the folder (created or replaced). */
    CsvWriter create(String name) throws IOException {
        Path file = folder.resolve(name);
        try {
            return CsvWriter.create(file);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
    }

    /** A text file of the folder, UTF-8. */
    void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + reason(e), e);
        }
    }

    /** Why a file operation failed, in words (the JDK's exceptions often carry only the path). */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "a folder on the way does not exist";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }
}
