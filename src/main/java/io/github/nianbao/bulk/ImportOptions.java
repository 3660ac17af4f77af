package io.github.nianbao.bulk;

import io.github.nianbao.ParseOptions;
import java.util.Objects;

/**
 * Settings of a bulk import. The per-file time limit and size limit are those of {@link #parseOptions()}
 * ({@link ParseOptions#timeout()}, {@link ParseOptions#maxBytes()}): the importer enforces both itself as well, so a
 * reader that overruns its deadline cannot stall the run.
 *
 * @param jobs         parallel parse workers (at least 1)
 * @param parseOptions limits and recovery for every file
 * @param retryFailed  whether files stored as failed by an earlier run are parsed again (otherwise they are skipped)
 * @param reparse      whether every file is parsed again and its row replaced, even one this version already stored
 *                     (files an older nianbao parsed are always parsed again)
 */
public record ImportOptions(int jobs, ParseOptions parseOptions, boolean retryFailed, boolean reparse) {

    public ImportOptions {
        if (jobs < 1) {
            throw new IllegalArgumentException("jobs must be at least 1");
        }
        Objects.requireNonNull(parseOptions, "parseOptions");
    }

    /** One worker per processor, {@link ParseOptions#BULK} limits, failed files not retried. */
    public static ImportOptions defaults() {
        return new ImportOptions(Runtime.getRuntime().availableProcessors(), ParseOptions.BULK, false, false);
    }

    public ImportOptions withJobs(int value) {
        return new ImportOptions(value, parseOptions, retryFailed, reparse);
    }

    public ImportOptions withParseOptions(ParseOptions value) {
        return new ImportOptions(jobs, value, retryFailed, reparse);
    }

    public ImportOptions withRetryFailed(boolean value) {
        return new ImportOptions(jobs, parseOptions, value, reparse);
    }

    public ImportOptions withReparse(boolean value) {
        return new ImportOptions(jobs, parseOptions, retryFailed, value);
    }
}
