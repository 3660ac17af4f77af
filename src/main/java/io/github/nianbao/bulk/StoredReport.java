package io.github.nianbao.bulk;

import io.github.nianbao.model.AnnualReport;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of an import database's {@code reports} table read back ({@link StoredReports}), with the report rebuilt
 * from its cells and diagnostics.
 *
 * @param id          {@code reports.id}
 * @param status      {@link ImportStatus#IMPORTED} or {@link ImportStatus#FAILED}
 * @param fields      every column of the row as text (null for SQL NULL), in table order
 * @param report      for an imported file: the report as stored (metadata, every cell with its location, every
 *                    diagnostic of every origin; no narrative, which the database does not keep); null for a failed one
 * @param origins     the {@code origin} of each of {@code report}'s diagnostics, in the same order ({@code parse},
 *                    {@code import} or {@code panel})
 * @param unknownCodes diagnostics whose code this version of nianbao does not know (a database written by another
 *                    version), as {@code severity code [cell]: message}; they are not in {@code report}
 * @param copies      the other copies of the same report (same {@code copy_group}), primary first
 */
public record StoredReport(long id, ImportStatus status, Map<String, String> fields, AnnualReport report,
                           List<String> origins, List<String> unknownCodes, List<Copy> copies) {

    /**
     * Another stored copy of the same report.
     *
     * @param id      its {@code reports.id}
     * @param sha256  its content hash
     * @param format  its format
     * @param source  its source
     * @param primary whether it is the group's primary copy
     */
    public record Copy(long id, String sha256, String format, String source, boolean primary) {
    }

    public StoredReport {
        Objects.requireNonNull(status, "status");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        origins = List.copyOf(origins);
        unknownCodes = List.copyOf(unknownCodes);
        copies = List.copyOf(copies);
    }

    /** A column of the row as text, or null. */
    public String field(String column) {
        return fields.get(column);
    }

    /** The path or name the file was imported from. */
    public String source() {
        return fields.get("source");
    }

    /** The SHA-256 of the file's content, or null for a file that could not be read at all. */
    public String sha256() {
        return fields.get("sha256");
    }

    /** A count column ({@code n_errors}, {@code n_warnings}, {@code n_infos}…) as a number; 0 when null. */
    public long count(String column) {
        String v = fields.get(column);
        return v == null ? 0 : Long.parseLong(v);
    }
}
