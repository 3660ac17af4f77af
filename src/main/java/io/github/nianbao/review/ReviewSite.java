package io.github.nianbao.review;

import io.github.nianbao.bulk.ImportStatus;
import io.github.nianbao.bulk.StoredReport;
import io.github.nianbao.bulk.StoredReports;
import io.github.nianbao.export.ReportPage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Writes the review site of an import database (审阅网站): {@code index.html} with every report, {@code r/NAME.html}
 * per imported report (NAME: the first 16 hex digits of its content hash, so a page keeps its address when the
 * database is rebuilt), {@code img/} with the page images, {@code assets/} with one stylesheet and one script. The
 * site opens from {@code file://}: no server, nothing downloaded.
 *
 * <p>Reports are read from the database one at a time and their pages written as they come ({@code jobs} at a time,
 * in a window of bounded size), so memory does not grow with the database. A rerun writes only the pages whose
 * content changed and renders no image its cache has ({@link OutputFolder}, {@link EvidenceCache}).
 */
public final class ReviewSite {

    private static final List<String> ASSETS = List.of("review.css", "review.js");

    private ReviewSite() {
    }

    /**
     * Writes (or brings up to date) the site for {@code database} in {@code out}.
     *
     * @throws IOException when the database cannot be read or the site cannot be written (a sentence)
     */
    public static ReviewSummary write(Path database, Path out, ReviewOptions options) throws IOException {
        try (StoredReports db = StoredReports.open(database)) {
            OutputFolder folder = OutputFolder.open(out);
            for (String a : ASSETS) {
                folder.write("assets/" + a, asset(a));
            }
            Run run = new Run(folder, new EvidenceFinder(folder, options.sourceRoot()), out);
            ExecutorService pool = Executors.newFixedThreadPool(options.jobs(), r -> {
                Thread t = new Thread(r, "nianbao-review");
                t.setDaemon(true);
                return t;
            });
            boolean indexWritten;
            try (IndexWriter index = new IndexWriter(folder, "nianbao review: " + database.getFileName())) {
                Deque<Future<Page>> window = new ArrayDeque<>();
                db.forEach(r -> {
                    if (r.status() != ImportStatus.IMPORTED) {
                        drain(window, 0, index);
                        index.addFailed(r);
                        run.failed++;
                        return;
                    }
                    window.add(pool.submit(() -> run.page(r)));
                    drain(window, 2 * options.jobs(), index);
                });
                drain(window, 0, index);
                indexWritten = index.finish() == OutputFolder.Written.WRITTEN;
            } finally {
                pool.shutdownNow();
            }
            int removed = folder.finish();
            return new ReviewSummary(run.imported, run.failed, run.written, run.unchanged, run.rendered, run.cached,
                    removed, indexWritten, run.problems, run.nProblems);
        }
    }

    /** Adds the finished pages at the head of the window to the index, in order, until at most {@code keep} remain. */
    private static void drain(Deque<Future<Page>> window, int keep, IndexWriter index) throws IOException {
        while (window.size() > keep) {
            Page p;
            try {
                p = window.removeFirst().get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            } catch (ExecutionException e) {
                Throwable c = e.getCause();
                if (c instanceof UncheckedIOException u) {
                    throw u.getCause();
                }
                throw new IOException("writing a report page failed: " + c, c);
            }
            index.add(p.stored(), p.name());
        }
    }

    /** A report page written. */
    private record Page(StoredReport stored, String name) {
    }

    /** The state of one run; counters are updated by the worker threads. */
    private static final class Run {
        final OutputFolder folder;
        final EvidenceFinder finder;
        final Path pages;
        int imported;
        int failed;
        int written;
        int unchanged;
        int rendered;
        int cached;
        int nProblems;
        final List<String> problems = new ArrayList<>();

        Run(OutputFolder folder, EvidenceFinder finder, Path out) {
            this.folder = folder;
            this.finder = finder;
            this.pages = out.resolve("r");
        }

        Page page(StoredReport r) {
            try {
                String name = ReportPageHtml.name(r.sha256(), r.id());
                ReportPage page = ReportPage.of(r.report());
                EvidenceFinder.Found found = finder.find(r, page, name);
                String html = ReportPageHtml.render(r, page, found.byCell(), sourceHref(r));
                OutputFolder.Written w = folder.write("r/" + name + ".html", html);
                count(w, found, r);
                return new Page(r, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private synchronized void count(OutputFolder.Written w, EvidenceFinder.Found found, StoredReport r) {
            imported++;
            if (w == OutputFolder.Written.WRITTEN) {
                written++;
            } else {
                unchanged++;
            }
            rendered += found.imagesRendered();
            if (found.fromCache() && !found.byCell().isEmpty()) {
                cached++;
            }
            if (found.sourceProblem() != null) {
                nProblems++;
                if (problems.size() < 20) {
                    problems.add(r.source() + ": " + found.sourceProblem());
                }
            }
        }

        /** A link from a report page to its source file, relative when it can be, or null when it is not there. */
        private String sourceHref(StoredReport r) {
            Path source;
            try {
                source = finder.sourceRoot().resolve(r.source()).toAbsolutePath().normalize();
            } catch (RuntimeException e) {
                return null;
            }
            if (!Files.isRegularFile(source)) {
                return null;
            }
            try {
                Path rel = pages.toAbsolutePath().normalize().relativize(source);
                return Html.href(rel.toString().replace(rel.getFileSystem().getSeparator(), "/"));
            } catch (IllegalArgumentException e) {
                return source.toUri().toString();
            }
        }
    }

    private static byte[] asset(String name) throws IOException {
        try (InputStream in = ReviewSite.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("the site's " + name + " is missing from the nianbao jar");
            }
            return in.readAllBytes();
        }
    }
}
