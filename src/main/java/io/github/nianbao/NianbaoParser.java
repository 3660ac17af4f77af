package io.github.nianbao;

import io.github.nianbao.NianbaoException.Reason;
import io.github.nianbao.internal.parse.Matching;
import io.github.nianbao.internal.parse.ReportParser;
import io.github.nianbao.internal.read.FormatSniffer;
import io.github.nianbao.internal.read.ReadFailure;
import io.github.nianbao.internal.read.ReadLimits;
import io.github.nianbao.internal.read.ocr.OcrSettings;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Format;
import io.github.nianbao.text.ReportText;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A configured, reusable parser: immutable and safe to share between threads.
 *
 * <pre>{@code
 * NianbaoParser parser = NianbaoParser.of(ParseOptions.STRICT);
 * AnnualReport report = parser.parse(Path.of("report.pdf"));
 * }</pre>
 *
 * <p>Reading is lenient: damaged tables are recovered where that is safe and every recovery, every unreadable cell
 * and every sum that does not add up is a diagnostic on the report. Only a document that cannot be read at all
 * (empty, corrupt, encrypted, unsupported, over a limit) throws {@link NianbaoException}.
 */
public final class NianbaoParser {

    private final ParseOptions options;
    private final ReadLimits limits;
    private final ReportParser reportParser;

    private NianbaoParser(ParseOptions options) {
        this.options = Objects.requireNonNull(options, "options");
        this.limits = limits(options);
        this.reportParser = new ReportParser(matching(options.recovery()), options.maxDiagnostics());
    }

    /** The reader limits of {@code options}. */
    static ReadLimits limits(ParseOptions options) {
        return new ReadLimits(options.maxBytes(), options.maxPages(), options.maxTableCells(),
                new OcrSettings(OcrSettings.Mode.valueOf(options.ocrMode().name()), options.ocrProgram(),
                        options.ocrPageTimeout().toNanos()));
    }

    /** The label matching of {@code recovery}. */
    static Matching matching(Recovery recovery) {
        return switch (recovery) {
            case LENIENT -> Matching.LENIENT;
            case STRICT -> Matching.STRICT;
        };
    }

    /** The public exception for a reader's failure: same reason, message and cause. */
    static NianbaoException failure(ReadFailure e) {
        return new NianbaoException(reason(e.reason()), e.getMessage(), e.getCause());
    }

    private static Reason reason(ReadFailure.Reason reason) {
        return switch (reason) {
            case EMPTY -> Reason.EMPTY;
            case UNSUPPORTED_FORMAT -> Reason.UNSUPPORTED_FORMAT;
            case CORRUPT -> Reason.CORRUPT;
            case ENCRYPTED -> Reason.ENCRYPTED;
            case TOO_LARGE -> Reason.TOO_LARGE;
            case LIMIT_EXCEEDED -> Reason.LIMIT_EXCEEDED;
            case TIMEOUT -> Reason.TIMEOUT;
            case IO -> Reason.IO;
        };
    }

    /**
     * The format a document would be read as, taken from its content (not its name).
     *
     * @throws NianbaoException {@link Reason#EMPTY} for no bytes, {@link Reason#ENCRYPTED} for a password-protected
     *                          Office file, {@link Reason#UNSUPPORTED_FORMAT} for anything nianbao does not read
     */
    public static Format detectFormat(byte[] data) throws NianbaoException {
        try {
            return FormatSniffer.sniff(data);
        } catch (ReadFailure e) {
            throw failure(e);
        }
    }

    /** A parser with the given options. */
    public static NianbaoParser of(ParseOptions options) {
        return new NianbaoParser(options);
    }

    public ParseOptions options() {
        return options;
    }

    /** Reads and parses a file; the format is taken from its content, not its name. */
    public AnnualReport parse(Path file) throws IOException {
        return parse(readBytes(file), file.toString());
    }

    /** Reads and parses a stream (not closed); {@code name} is kept as the report's source. */
    public AnnualReport parse(InputStream in, String name) throws IOException {
        return parse(readBounded(in), name);
    }

    /** Parses a whole document held in memory. */
    public AnnualReport parse(byte[] data, String name) throws NianbaoException {
        return parse(read(data), name);
    }

    /** Parses report text given as a string (lines; table cells separated by tabs). */
    public AnnualReport parseText(String text, String name) throws NianbaoException {
        return parse(read(text.getBytes(StandardCharsets.UTF_8), Format.TXT), name);
    }

    /** Parses report text produced by a reader. */
    public AnnualReport parse(ReportText text, String name) {
        return reportParser.parse(text, name);
    }

    /** Reads a document into report text without parsing it (useful to see what a reader produced). */
    public ReportText read(byte[] data) throws NianbaoException {
        checkSize(data.length);
        return read(data, detectFormat(data));
    }

    private ReportText read(byte[] data, Format format) throws NianbaoException {
        long deadline = System.nanoTime() + options.timeout().toNanos();
        try {
            return Readers.forFormat(format).read(data, limits, deadline);
        } catch (ReadFailure e) {
            throw failure(e);
        } catch (StackOverflowError e) {
            throw new NianbaoException(Reason.LIMIT_EXCEEDED,
                    "the " + format.id() + " document is nested too deeply to read", e);
        } catch (RuntimeException e) {
            throw new NianbaoException(Reason.CORRUPT,
                    "the " + format.id() + " file is damaged or not readable: " + describe(e), e);
        }
    }

    private static String describe(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null ? "" : " (" + m.lines().findFirst().orElse("") + ")");
    }

    private void checkSize(long size) throws NianbaoException {
        if (size > options.maxBytes()) {
            throw new NianbaoException(Reason.TOO_LARGE,
                    "the file has " + size + " bytes, more than the limit of " + options.maxBytes() + " (maxBytes)");
        }
    }

    private byte[] readBytes(Path file) throws NianbaoException {
        try {
            checkSize(Files.size(file));
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new NianbaoException(Reason.IO, "no such file: " + file, e);
        } catch (NianbaoException e) {
            throw e;
        } catch (IOException e) {
            throw new NianbaoException(Reason.IO, "cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    private byte[] readBounded(InputStream in) throws IOException {
        byte[] data = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxBytes() + 1));
        checkSize(data.length);
        return data;
    }
}
