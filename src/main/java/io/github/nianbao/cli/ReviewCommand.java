package io.github.nianbao.cli;

import io.github.nianbao.review.ReviewOptions;
import io.github.nianbao.review.ReviewSite;
import io.github.nianbao.review.ReviewSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code nianbao review --db FILE --out DIR}: a static site to check the flagged cells of an import by eye. */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Writes a static web site of an import database: index.html lists every report (sortable, "
                + "filterable by flag, agency, year, format) and the files that failed; one page per report draws its "
                + "three tables with every flagged cell coloured, its diagnostic beside it, and for PDF sources an "
                + "image of the page around the cell with the cell's box drawn (the source line for other formats).",
            "Open DIR/index.html in a browser (file://: no server, nothing downloaded). A rerun rewrites only the "
                + "pages that changed and renders no image it already has."},
        footer = {"", "Exit codes: 0 written; 3 written, but some source files could not be used for page images or "
                + "lines (not found, or changed since the import: see --source-root); 2 usage error; 1 internal or "
                + "database error."})
final class ReviewCommand implements Callable<Integer> {

    /** Source problems listed; the pages say the rest. */
    private static final int LISTED_PROBLEMS = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "A database written by nianbao import.")
    Path database;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for the site (created if "
            + "needed; a folder that holds other files is refused).")
    Path out;

    @Option(names = "--source-root", paramLabel = "DIR", description = "Where the relative source paths stored by the "
            + "import are found: the folder the import was run from (default: the current folder).")
    Path sourceRoot = Path.of("");

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Reports rendered at once (default: processors, "
            + "${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (!Files.isRegularFile(database)) {
            throw new ParameterException(spec.commandLine(), "no such database: " + database);
        }
        if (!Files.isDirectory(sourceRoot)) {
            throw new ParameterException(spec.commandLine(), "no such folder: " + sourceRoot);
        }
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        PrintWriter o = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            long start = System.nanoTime();
            ReviewSummary s = ReviewSite.write(database, out,
                    ReviewOptions.defaults().withSourceRoot(sourceRoot).withJobs(jobs));
            o.printf("%d report pages: %d written, %d unchanged; %d failed files listed; %d page images rendered, "
                            + "%d reports' images and lines reused; %d old files removed in %.1f s -> %s%n",
                    s.imported(), s.pagesWritten(), s.pagesUnchanged(), s.failed(), s.imagesRendered(),
                    s.evidenceCached(), s.filesRemoved(), (System.nanoTime() - start) / 1e9,
                    out.resolve("index.html"));
            if (s.nSourceProblems() == 0) {
                return ExitCodes.OK;
            }
            err.println("nianbao review: " + s.nSourceProblems() + " reports' source files could not be used (their "
                    + "pages say so):");
            s.sourceProblems().stream().limit(LISTED_PROBLEMS).forEach(p -> err.println("  " + p));
            return ExitCodes.SOME_FAILED;
        } catch (IOException e) {
            err.println("nianbao review: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }
}
