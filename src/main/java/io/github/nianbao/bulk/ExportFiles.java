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
            throw new IOException("cannot create the export folder " + folder + ": " + whyNotCreated(folder, e), e);
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
            throw new IOException("cannot write " + file + ": " + whyNotWritten(e), e);
        }
    }

    /** A text file of the folder, UTF-8. */
    void write(String name, String text) throws IOException {
        Path file = folder.resolve(name);
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException("cannot write " + file + ": " + whyNotWritten(e), e);
        }
    }

    /** Why a file of the (existing) folder could not be written. */
    private String whyNotWritten(IOException e) {
        if (e instanceof NoSuchFileException || e instanceof AccessDeniedException) {
            return "the folder " + folder + " does not take new files (not writable, or a read-only or special file "
                    + "system)";
        }
        return reason(e);
    }

    /** Why a folder could not be made: the nearest existing folder on its path does not take new entries, or … */
    private static String whyNotCreated(Path folder, IOException e) {
        Path p = folder.toAbsolutePath().getParent();
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        if (p != null && !Files.isDirectory(p)) {
            return p + " is a file, not a folder";
        }
        if (p != null && (e instanceof NoSuchFileException || e instanceof AccessDeniedException)) {
            return "no folder can be made in " + p + " (not writable, or a read-only or special file system)";
        }
        return reason(e);
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
