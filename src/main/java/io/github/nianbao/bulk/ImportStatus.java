package io.github.nianbao.bulk;

/** How one file ended in a bulk import. */
public enum ImportStatus {
    /** Parsed and stored with its cells and diagnostics. */
    IMPORTED,
    /** Already in the database (same content sha256), or the same content appeared earlier in this run. */
    SKIPPED,
    /** Stored as a {@code failed} row with a reason; the run went on. */
    FAILED;

    /** The value of {@code reports.status} ({@code imported} / {@code failed}). */
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
