package io.github.nianbao.bulk;

/**
 * Follows a bulk import (批量导入). Every method is called from one thread — the thread that stores results — in
 * the order files are stored, so an implementation needs no locking. A file is reported only after its transaction
 * has committed: {@link FileOutcome#status() imported} means it is in the database.
 */
public interface ProgressListener {

    /** Does nothing. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** The files to be imported have been found. */
    default void started(int totalFiles) {
    }

    /** One file has been imported, skipped or marked failed. */
    default void fileDone(FileOutcome outcome) {
    }

    /** The run is over (also after a storage error ended it early). */
    default void finished(ImportSummary summary) {
    }
}
