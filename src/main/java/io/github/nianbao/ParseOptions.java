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

    /** The OCR program looked up on the {@code PATH} unless another is set: {@code tesseract}. */
    public static final String DEFAULT_OCR_PROGRAM = "tesseract";
    /** How long OCR may take for one page unless set otherwise: 30 s. */
    public static final Duration DEFAULT_OCR_PAGE_TIMEOUT = Duration.ofSeconds(30);

    /**
     * Lenient recovery and limits fit for any real report (64 MiB, 500 pages, 200,000 table cells, 60 s); scanned
     * pages read by OCR when Tesseract is installed ({@link OcrMode#AUTO}, 30 s per page).
     */
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
    private final OcrMode ocrMode;
    private final String ocrProgram;
    private final Duration ocrPageTimeout;

    private ParseOptions(Recovery recovery, long maxBytes, int maxPages, int maxTableCells, Duration timeout,
                         int maxDiagnostics) {
        this(recovery, maxBytes, maxPages, maxTableCells, timeout, maxDiagnostics, OcrMode.AUTO, DEFAULT_OCR_PROGRAM,
                DEFAULT_OCR_PAGE_TIMEOUT);
    }

    private ParseOptions(Recovery recovery, long maxBytes, int maxPages, int maxTableCells, Duration timeout,
                         int maxDiagnostics, OcrMode ocrMode, String ocrProgram, Duration ocrPageTimeout) {
        this.recovery = Objects.requireNonNull(recovery, "recovery");
        if (maxBytes <= 0 || maxPages <= 0 || maxTableCells <= 0 || maxDiagnostics <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxBytes = maxBytes;
        this.maxPages = maxPages;
        this.maxTableCells = maxTableCells;
        this.timeout = positive(timeout, "timeout");
        this.maxDiagnostics = maxDiagnostics;
        this.ocrMode = Objects.requireNonNull(ocrMode, "ocrMode");
        this.ocrProgram = Objects.requireNonNull(ocrProgram, "ocrProgram");
        if (ocrProgram.isBlank()) {
            throw new IllegalArgumentException("ocrProgram must not be blank");
        }
        this.ocrPageTimeout = positive(ocrPageTimeout, "ocrPageTimeout");
    }

    private static Duration positive(Duration d, String name) {
        Objects.requireNonNull(d, name);
        if (d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
        return d;
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

    /** When OCR is used for scanned pages. */
    public OcrMode ocrMode() {
        return ocrMode;
    }

    /** The Tesseract program: a name looked up on the {@code PATH}, or a path. */
    public String ocrProgram() {
        return ocrProgram;
    }

    /** Longest time OCR may take for one page (the page is then left out with an {@code OCR_TIMEOUT} error). */
    public Duration ocrPageTimeout() {
        return ocrPageTimeout;
    }

    public ParseOptions withOcrMode(OcrMode value) {
        return new ParseOptions(recovery, maxBytes, maxPages, maxTableCells, timeout, maxDiagnostics, value,
                ocrProgram, ocrPageTimeout);
    }

    /** The Tesseract program to run: a name looked up on the {@code PATH}, or a path. */
    public ParseOptions withOcrProgram(String value) {
        return new ParseOptions(recovery, maxBytes, maxPages, maxTableCells, timeout, maxDiagnostics, ocrMode,
                value, ocrPageTimeout);
    }

    public ParseOptions withOcrPageTimeout(Duration value) {
        return new ParseOptions(recovery, maxBytes, maxPages, maxTableCells, timeout, maxDiagnostics, ocrMode,
                ocrProgram, value);
    }

    public ParseOptions withRecovery(Recovery value) {
        return new ParseOptions(value, maxBytes, maxPages, maxTableCells, timeout, maxDiagnostics, ocrMode, ocrProgram,
                ocrPageTimeout);
    }

    public ParseOptions withMaxBytes(long value) {
        return new ParseOptions(recovery, value, maxPages, maxTableCells, timeout, maxDiagnostics, ocrMode, ocrProgram,
                ocrPageTimeout);
    }

    public ParseOptions withMaxPages(int value) {
        return new ParseOptions(recovery, maxBytes, value, maxTableCells, timeout, maxDiagnostics, ocrMode, ocrProgram,
                ocrPageTimeout);
    }

    public ParseOptions withMaxTableCells(int value) {
        return new ParseOptions(recovery, maxBytes, maxPages, value, timeout, maxDiagnostics, ocrMode, ocrProgram,
                ocrPageTimeout);
    }

    public ParseOptions withTimeout(Duration value) {
        return new ParseOptions(recovery, maxBytes, maxPages, maxTableCells, value, maxDiagnostics, ocrMode, ocrProgram,
                ocrPageTimeout);
    }

    public ParseOptions withMaxDiagnostics(int value) {
        return new ParseOptions(recovery, maxBytes, maxPages, maxTableCells, timeout, value, ocrMode, ocrProgram,
                ocrPageTimeout);
    }

    @Override
    public String toString() {
        return "ParseOptions[recovery=" + recovery + ", maxBytes=" + maxBytes + ", maxPages=" + maxPages
                + ", maxTableCells=" + maxTableCells + ", timeout=" + timeout + ", maxDiagnostics=" + maxDiagnostics
                + ", ocrMode=" + ocrMode + ", ocrProgram=" + ocrProgram + ", ocrPageTimeout=" + ocrPageTimeout + "]";
    }
}
