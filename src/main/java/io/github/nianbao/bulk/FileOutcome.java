package io.github.nianbao.bulk;

/**
 * How one file ended.
 *
 * @param source      the path as walked from the folder given (such as {@code testdata/bad/empty.txt})
 * @param sha256      hex SHA-256 of the content, or null when the file could not be read
 * @param status      imported, skipped or failed
 * @param reason      a stable reason for a failure ({@code EMPTY}, {@code CORRUPT}, {@code TIMEOUT},
 *                    {@code NOT_A_REPORT}, …) or for a skip ({@code ALREADY_IMPORTED}, {@code DUPLICATE}); null when
 *                    imported
 * @param message     a sentence a person can read; null when imported
 * @param parseMillis time spent parsing, 0 when not parsed
 */
public record FileOutcome(String source, String sha256, ImportStatus status, String reason, String message,
                          long parseMillis) {

    @Override
    public String toString() {
        return source + ": " + status.id() + (reason == null ? "" : " " + reason + " — " + message);
    }
}
