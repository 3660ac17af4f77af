package io.github.nianbao.bulk;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of a bulk import.
 *
 * @param total          files found
 * @param imported       files parsed and stored in this run
 * @param skipped        files already in the database, or duplicates of a file earlier in this run
 * @param failed         files stored as failed in this run
 * @param failureReasons failure reason → count, most common first
 * @param failures       the failed files, in the order they were stored
 * @param elapsed        wall time of the run
 * @param reparsed       of the imported and failed files, those whose earlier row was replaced because an older
 *                       nianbao had parsed them (or {@link ImportOptions#reparse()} was set)
 */
public record ImportSummary(int total, int imported, int skipped, int failed, Map<String, Integer> failureReasons,
                            List<FileOutcome> failures, Duration elapsed, int reparsed) {

    public ImportSummary {
        failureReasons = Collections.unmodifiableMap(new LinkedHashMap<>(failureReasons));
        failures = List.copyOf(failures);
    }

    /** Files handled (imported + skipped + failed); less than {@link #total()} only when a storage error ended the run. */
    public int done() {
        return imported + skipped + failed;
    }
}
