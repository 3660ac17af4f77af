package io.github.nianbao.bulk;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.NianbaoParser;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bulk import (批量导入): every file under some folders into one SQLite database, each file ending as imported or
 * as failed with a reason a person can read.
 *
 * <pre>{@code
 * ImportSummary s = new BulkImporter(ImportOptions.defaults())
 *         .run(List.of(Path.of("reports/")), Path.of("reports.sqlite"), ProgressListener.NONE);
 * }</pre>
 *
 * <p>Design: {@code jobs} workers read, hash and parse files (each parse in its own task with a hard time limit);
 * one writer thread stores each result in its own transaction. Files are keyed by content SHA-256, so a rerun skips
 * what is already stored and a run killed at any moment, then rerun, stores every file exactly once.
 *
 * <p>If the database cannot be written, or the {@link ProgressListener} throws, the run stops early: files already
 * stored stay stored and {@link #run} throws.
 */
public final class BulkImporter {

    /**
     * Imports of at least this many files, and at least half as many as the database already holds, build the
     * {@code cells} index by code at the end instead of updating it file by file.
     */
    static final int DEFER_INDEX_FILES = 500;

    /** Diagnostic codes that make a parsed document a failure: it is not an annual report, or has no text. */
    static final Set<DiagnosticCode> REJECTING_DIAGNOSTICS = EnumSet.of(DiagnosticCode.NOT_A_REPORT,
            DiagnosticCode.NO_TEXT_LAYER, DiagnosticCode.TABLES_NOT_FOUND);

    private final ImportOptions options;
    private final DocumentParser parser;
    /** The version stamped on the rows stored ({@code reports.nianbao_version}). */
    private final String version;

    /** An importer using nianbao's parser with {@link ImportOptions#parseOptions()}. */
    public BulkImporter(ImportOptions options) {
        this(options, NianbaoParser.of(options.parseOptions())::parse);
    }

    /** An importer using another parser (it must be thread-safe). */
    public BulkImporter(ImportOptions options, DocumentParser parser) {
        this(options, parser, NianbaoVersion.current());
    }

    /** An importer that stamps another version (tests of re-parsing what an older nianbao stored). */
    BulkImporter(ImportOptions options, DocumentParser parser, String version) {
        this.options = Objects.requireNonNull(options, "options");
        this.parser = Objects.requireNonNull(parser, "parser");
        this.version = Objects.requireNonNull(version, "version");
    }

    /**
     * Imports every file under {@code roots} (see {@link FileWalker}) into {@code database}.
     *
     * @throws IOException when a root does not exist or the database cannot be opened or written (the files stored
     *                     before that stay stored)
     */
    public ImportSummary run(List<Path> roots, Path database, ProgressListener listener) throws IOException {
        List<Path> files = FileWalker.collect(roots);
        long start = System.nanoTime();
        Instant since = Instant.now();
        try (SqliteStore store = SqliteStore.open(database, version)) {
            Map<String, String> known = new ConcurrentHashMap<>(options.reparse() ? Map.of()
                    : store.known(!options.retryFailed()));
            if (files.size() >= DEFER_INDEX_FILES && files.size() >= store.reportCount() / 2) {
                store.deferCodeIndex();
            }
            SummaryBuilder summary = new SummaryBuilder(files.size());
            listener.started(files.size());
            Writer writer = new Writer(store, listener, summary, since, options);
            writer.start();
            try {
                processAll(files, known, writer);
            } finally {
                writer.finish();
            }
            if (writer.failure == null) {
                store.ensureIndexes(); // a run that stopped early leaves a dropped index to the next run
                store.finish();
            }
            ImportSummary result = summary.build(Duration.ofNanos(System.nanoTime() - start));
            listener.finished(result);
            if (writer.failure != null) {
                throw new IOException(writer.failure.getMessage(), writer.failure.getCause());
            }
            return result;
        } catch (SQLException e) {
            throw new IOException(DatabaseErrors.describe(database, e), e);
        }
    }

    private void processAll(List<Path> files, Map<String, String> known, Writer writer) throws IOException {
        ExecutorService workers = Executors.newFixedThreadPool(options.jobs(), daemonThreads("nianbao-import"));
        ExecutorService parsing = Executors.newCachedThreadPool(daemonThreads("nianbao-parse"));
        FileTask.Context ctx = new FileTask.Context(parser, options.parseOptions(), parsing, known, writer.queue,
                () -> writer.failure != null);
        try {
            for (Path file : files) {
                workers.execute(new FileTask(file, ctx));
            }
            workers.shutdown();
            while (!workers.awaitTermination(1, TimeUnit.SECONDS)) {
                // waiting for the workers; each file has a hard time limit, so this ends
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            workers.shutdownNow();
            throw new IOException("the import was interrupted", e);
        } finally {
            parsing.shutdownNow();
        }
    }

    /** The diagnostic that makes a parsed document a failure, or null. */
    static Diagnostic rejection(AnnualReport report) {
        for (Diagnostic d : report.diagnostics()) {
            if (REJECTING_DIAGNOSTICS.contains(d.code())) {
                return d;
            }
        }
        return null;
    }

    /** A one-line description of an unexpected exception. */
    static String describe(Throwable e) {
        if (e instanceof NianbaoException) {
            return e.getMessage();
        }
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : ": " + m.lines().findFirst().orElse(""));
    }

    private static ThreadFactory daemonThreads(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** The single thread that stores results, one transaction each, and tells the listener. */
    private static final class Writer extends Thread {
        final BlockingQueue<ParsedFile> queue = new LinkedBlockingQueue<>(64);
        private final SqliteStore store;
        private final ProgressListener listener;
        private final SummaryBuilder summary;
        private final Instant since;
        private final ImportOptions options;
        /** Set when storing (or the listener) failed: nothing more is stored and the run ends. */
        volatile IOException failure;

        Writer(SqliteStore store, ProgressListener listener, SummaryBuilder summary, Instant since,
               ImportOptions options) {
            super("nianbao-writer");
            setDaemon(true);
            this.store = store;
            this.listener = listener;
            this.summary = summary;
            this.since = since;
            this.options = options;
        }

        @Override
        public void run() {
            while (true) {
                ParsedFile f = take();
                if (f == ParsedFile.END) {
                    return;
                }
                if (failure != null) {
                    continue; // drain so workers never block; nothing more is stored
                }
                try {
                    if (f.stored()) {
                        f = store(f);
                    }
                } catch (SQLException | RuntimeException e) {
                    failure = new IOException("storing " + f.outcome().source() + " failed: "
                            + (e instanceof SQLException se ? DatabaseErrors.describe(store.file(), se)
                            : describe(e)), e);
                    continue;
                }
                summary.add(f.outcome());
                try {
                    listener.fileDone(f.outcome());
                } catch (RuntimeException e) {
                    failure = new IOException("the progress listener failed: " + describe(e), e);
                }
            }
        }

        /** Stores one file; one that another run stored meanwhile becomes a skipped file. */
        private ParsedFile store(ParsedFile f) throws SQLException {
            SqliteStore.Saved saved = store.save(f, since, options);
            if (saved == SqliteStore.Saved.KEPT) {
                FileOutcome o = f.outcome();
                return f.withOutcome(new FileOutcome(o.source(), o.sha256(), ImportStatus.SKIPPED, "ALREADY_STORED",
                        "stored meanwhile by another import of the same database", o.parseMillis()));
            }
            if (saved == SqliteStore.Saved.REPARSED) {
                summary.reparsed();
            }
            return f;
        }

        private ParsedFile take() {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    // the writer stops only at END, so that every queued result is stored
                }
            }
        }

        void finish() throws IOException {
            try {
                queue.put(ParsedFile.END);
                join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("the import was interrupted", e);
            }
        }
    }
}
