package io.github.nianbao;

import java.time.Duration;
import java.util.Objects;

/**
 * Immutable parser options, with named presets. Change one setting with a {@code with…} method, which returns a
 * new instance:
 *
 * <pre>{@code
 * ParseOptions opts = ParseOptions.DEFAULT.withMaxBytes(10 << 20).withTimeout(Duration.ofSeconds(20));
 * }</pre>
 *
 * <p>Every limit is enforced by every reader; a document over a limit fails with a {@link NianbaoException} whose
 * {@linkplain NianbaoException#reason() reason} says which.
 */
public final class ParseOptions {

    /** Lenient recovery and limits fit for any real report (64 MiB, 500 pages, 200,000 table cells, 60 s). */
    public static final ParseOptions DEFAULT = new ParseOptions(Recovery.LENIENT, 64L << 20, 500, 200_000,
            Duration.ofSeconds(60), 200);

    /** Like {@link #DEFAULT} but without similarity matching or number splitting. */
    public static final ParseOptions STRICT = DEFAULT.withRecovery(Recovery.STRICT);

    /** For bulk imports of untrusted files: tighter limits (32 MiB, 200 pages, 100,000 cells, 30 s). */
    public static final ParseOptions BULK = new ParseOptions(Recovery.LENIENT, 32L << 20, 200, 100_000,
            Duration.ofSeconds(30), 200);

    private final Recovery recovery;
    private final long maxBytes;
    private final int maxPages;
    private final int maxTableCells;
    private final Duration timeout;
    private final int maxDiagnostics;

    private ParseOptions(Recovery recovery, long maxBytes, int maxPages, int maxTableCells, Duration timeout,
                         int maxDiagnostics) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        if (maxBytes <= 0 || maxPages <= 0 || maxTableCells <= 0 || maxDiagnostics <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
        this.maxTableCells = maxTableCells;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive");
        }
        this.maxDiagnostics = maxDiagnostics;
    }

    public Recovery recovery() {
        return recovery;
    }

    /** Largest input accepted, in bytes (also bounds what a compressed part may inflate to). */
    public long maxBytes() {
        return maxBytes;
    }

    /** Most PDF pages read. */
    public int maxPages() {
        return maxPages;
    }

    /** Most table cells read from one document. */
    public int maxTableCells() {
        return maxTableCells;
    }

    /** Longest time one document may take. */
    public Duration timeout() {
        return timeout;
    }

    /** Most diagnostics kept per document (further ones are counted in one last diagnostic). */
    public int maxDiagnostics() {
        return maxDiagnostics;
    }

    public ParseOptions withRecovery(Recovery value) {
        return new ParseOptions(value, maxBytes, maxPages, maxTableCells, timeout, maxDiagnostics);
    }

    public ParseOptions withMaxBytes(long value) {
        return new ParseOptions(recovery, value, maxPages, maxTableCells, timeout, maxDiagnostics);
    }

    public ParseOptions withMaxPages(int value) {
        return new ParseOptions(recovery, maxBytes, value, maxTableCells, timeout, maxDiagnostics);
    }

    public ParseOptions withMaxTableCells(int value) {
        return new ParseOptions(recovery, maxBytes, maxPages, value, timeout, maxDiagnostics);
    }

    public ParseOptions withTimeout(Duration value) {
        return new ParseOptions(recovery, maxBytes, maxPages, maxTableCells, value, maxDiagnostics);
    }

    public ParseOptions withMaxDiagnostics(int value) {
        return new ParseOptions(recovery, maxBytes, maxPages, maxTableCells, timeout, value);
    }

    @Override
    public String toString() {
        return "ParseOptions[recovery=" + recovery + ", maxBytes=" + maxBytes + ", maxPages=" + maxPages
                + ", maxTableCells=" + maxTableCells + ", timeout=" + timeout + ", maxDiagnostics=" + maxDiagnostics
                + "]";
    }
}
