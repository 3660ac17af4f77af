package io.github.nianbao.bulk;

import io.github.nianbao.model.AnnualReport;

/**
 * What a worker hands to the writer for one file.
 *
 * @param outcome   how the file ended
 * @param sizeBytes file size, or -1 when unknown
 * @param report    the parsed report (also for a failed "not a report" document, to keep its diagnostics), or null
 * @param format    the format found from the content ({@code pdf}, {@code docx}, …), or null when not recognised
 */
record ParsedFile(FileOutcome outcome, long sizeBytes, AnnualReport report, String format) {

    /** Marks the end of the queue. */
    static final ParsedFile END = new ParsedFile(null, -1, null, null);

    ParsedFile(FileOutcome outcome, long sizeBytes, AnnualReport report) {
        this(outcome, sizeBytes, report, report == null || report.format() == null ? null : report.format().id());
    }

    boolean stored() {
        return outcome.status() != ImportStatus.SKIPPED;
    }
}
