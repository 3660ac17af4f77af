package io.github.nianbao.cli;

import io.github.nianbao.ParseOptions;
import io.github.nianbao.bulk.BulkImporter;
import io.github.nianbao.bulk.FileOutcome;
import io.github.nianbao.bulk.ImportOptions;
import io.github.nianbao.bulk.ImportSummary;
import io.github.nianbao.bulk.ProgressListener;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code nianbao import DIR... --db FILE}: bulk import into SQLite. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = {"Imports every file under the folders given (recursively) into a SQLite database: tables "
                + "reports, cells, diagnostics, codebook and wide.",
            "Files are keyed by content SHA-256: a rerun skips files already stored, and an interrupted run can "
                + "simply be run again. Files named expected.json or *.expected.json are not imported."},
        footer = {"", "Exit codes: 0 every file imported or already stored; 3 some files failed (see the summary, "
                + "or SELECT source, reason, error FROM reports WHERE status = 'failed'); 2 usage error; "
                + "1 internal or database error."})
final class ImportCommand implements Callable<Integer> {

    /** Failed files listed in the summary; the rest are in the database. */
    private static final int LISTED_FAILURES = 20;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "DIR", description = "Folders (or single files) to import.")
    List<Path> roots;

    @Option(names = "--db", required = true, paramLabel = "FILE", description = "The SQLite database (created if "
            + "needed).")
    Path database;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Parallel workers (default: processors, ${DEFAULT-VALUE}).")
    int jobs = Runtime.getRuntime().availableProcessors();

    @Option(names = "--timeout", paramLabel = "SECONDS", description = "Time limit per file (default: ${DEFAULT-VALUE}).")
    double timeoutSeconds = ParseOptions.BULK.timeout().toSeconds();

    @Option(names = "--max-bytes", paramLabel = "SIZE", converter = SizeConverter.class,
            description = "Largest file read, in bytes; k, M, G suffixes allowed (default: 32M).")
    long maxBytes = ParseOptions.BULK.maxBytes();

    @Mixin
    OcrOptions ocr;

    @Option(names = "--retry-failed", description = "Parse files that failed in an earlier run again.")
    boolean retryFailed;

    @Option(names = "--reparse", description = "Parse every file again and replace its row, even one this version "
            + "stored (files an older nianbao parsed are always parsed again).")
    boolean reparse;

    @Option(names = "--no-progress", description = "No progress bar (it is drawn only when standard error is a "
            + "terminal).")
    boolean noProgress;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar and no summary: only errors, and the exit code.")
    boolean quiet;

    @ParentCommand
    NianbaoCommand parent;

    @Override
    public Integer call() {
        ImportOptions options = options();
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        boolean bar = parent.stderrIsTerminal && !noProgress && !quiet;
        ProgressListener progress = bar ? new ProgressBar(err) : ProgressListener.NONE;
        try {
            ImportSummary summary = new BulkImporter(options).run(roots, database, progress);
            if (!quiet) {
                printSummary(out, summary);
            }
            return summary.failed() == 0 ? ExitCodes.OK : ExitCodes.SOME_FAILED;
        } catch (IOException e) {
            err.println("nianbao import: " + e.getMessage());
            return ExitCodes.INTERNAL;
        }
    }

    private ImportOptions options() {
        if (jobs < 1) {
            throw new ParameterException(spec.commandLine(), "--jobs must be at least 1");
        }
        if (!(timeoutSeconds > 0) || timeoutSeconds > 86_400) {
            throw new ParameterException(spec.commandLine(), "--timeout must be between 0 and 86400 seconds");
        }
        for (Path root : roots) {
            if (!Files.exists(root)) {
                throw new ParameterException(spec.commandLine(), "no such file or folder: " + root);
            }
        }
        if (Files.isDirectory(database)) {
            throw new ParameterException(spec.commandLine(), "--db names a folder: " + database);
        }
        Path folder = database.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new ParameterException(spec.commandLine(), "the folder for the database " + database
                    + " does not exist: create it first, or give --db a path in an existing folder");
        }
        ParseOptions parse = ocr.apply(ParseOptions.BULK.withTimeout(Duration.ofMillis(Math.round(timeoutSeconds
                * 1000))).withMaxBytes(maxBytes));
        return new ImportOptions(jobs, parse, retryFailed, reparse);
    }

    private void printSummary(PrintWriter out, ImportSummary s) {
        out.printf(Locale.ROOT, "%d files: %d imported, %d skipped (content already stored), %d failed in %.1f s -> %s%n",
                s.total(), s.imported(), s.skipped(), s.failed(), s.elapsed().toMillis() / 1000.0, database);
        if (s.reparsed() > 0) {
            out.printf(Locale.ROOT, "%d of them replaced rows %s%n", s.reparsed(), reparse ? "(--reparse)"
                    : "that an older nianbao had stored (parsed again by this version)");
        }
        if (s.failed() == 0) {
            return;
        }
        out.println("Failures by reason:");
        for (Map.Entry<String, Integer> e : s.failureReasons().entrySet()) {
            out.printf(Locale.ROOT, "  %-20s %d%n", e.getKey(), e.getValue());
        }
        out.println("Failed files:");
        List<FileOutcome> failures = s.failures();
        for (FileOutcome f : failures.subList(0, Math.min(LISTED_FAILURES, failures.size()))) {
            out.println("  " + f.source() + ": " + f.reason() + ": " + f.message());
        }
        if (failures.size() > LISTED_FAILURES) {
            out.println("  … and " + (failures.size() - LISTED_FAILURES) + " more: sqlite3 " + database
                    + " \"SELECT source, reason, error FROM reports WHERE status = 'failed'\"");
        }
    }
}
