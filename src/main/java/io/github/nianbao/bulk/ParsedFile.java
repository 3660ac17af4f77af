package io.github.nianbao.bulk;

import io.github.nianbao.identity.AgencyIdentity;
import io.github.nianbao.identity.AgencyResolver;
import io.github.nianbao.model.AnnualReport;

/**
 * What a worker hands to the writer for one file.
 *
 * @param outcome   how the file ended
 * @param sizeBytes file size, or -1 when unknown
 * @param report    the parsed report (also for a failed "not a report" document, to keep its diagnostics), or null
 * @param format    the format found from the content ({@code pdf}, {@code docx}, …), or null when not recognised
 * @param identity  the agency identity of the report ({@link AgencyResolver}), or null without a report
 */
record ParsedFile(FileOutcome outcome, long sizeBytes, AnnualReport report, String format, AgencyIdentity identity) {

    /** Marks the end of the queue. */
    static final ParsedFile END = new ParsedFile(null, -1, null, null, null);

    ParsedFile(FileOutcome outcome, long sizeBytes, AnnualReport report) {
        this(outcome, sizeBytes, report, report == null || report.format() == null ? null : report.format().id());
    }

    ParsedFile(FileOutcome outcome, long sizeBytes, AnnualReport report, String format) {
        this(outcome, sizeBytes, report, format, report == null ? null : AgencyResolver.standard().resolve(report));
    }

    /** The same file with another outcome (stored meanwhile by another run: skipped). */
    ParsedFile withOutcome(FileOutcome o) {
        return new ParsedFile(o, sizeBytes, report, format, identity);
    }

    boolean stored() {
        return outcome.status() != ImportStatus.SKIPPED;
    }
}
