package io.github.nianbao.bulk;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.SQLException;

/** Sentences a person can read for what goes wrong when opening or writing a database file. */
final class DatabaseErrors {

    private DatabaseErrors() {
    }

    /** Fails with a sentence when the folder that should hold {@code file} does not exist. */
    static void checkFolder(Path file) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new NoSuchFileException(folder.toString(), null, "the folder for the database " + file
                    + " does not exist: create it first, or give --db a path in an existing folder");
        }
    }

    /** One sentence for an SQLite failure on {@code file}, without the driver's bracketed codes. */
    static String describe(Path file, SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return file + " is not an SQLite database (nianbao import creates one; give --db a new file name or a "
                    + "database written by nianbao import)";
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            Path folder = file.toAbsolutePath().getParent();
            return "cannot open or create the database " + file + ": "
                    + (Files.exists(file) ? "the file cannot be opened" : "no new file can be made in " + folder)
                    + " (check the path and its permissions)";
        }
        if (m.contains("SQLITE_READONLY")) {
            return "the database " + file + " cannot be written: it is read-only (query and export can still read it)";
        }
        if (m.contains("SQLITE_FULL")) {
            return "the database " + file + " cannot be written: the disk is full";
        }
        if (isBusy(e)) {
            return "the database " + file + " is locked by another program that is writing it; try again when it "
                    + "has finished";
        }
        if (m.contains("SQLITE_IOERR")) {
            return "reading or writing the database " + file + " failed (I/O error: " + detail(m) + ")";
        }
        return "database error on " + file + ": " + detail(m);
    }

    static boolean isBusy(SQLException e) {
        String m = e.getMessage() == null ? "" : e.getMessage();
        return m.contains("SQLITE_BUSY") || m.contains("SQLITE_LOCKED");
    }

    /** The driver's message without its leading {@code [SQLITE_…]} code. */
    private static String detail(String m) {
        return m.replaceFirst("^\\[SQLITE_[A-Z_]+]\\s*", "");
    }
}
