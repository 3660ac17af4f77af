package io.github.nianbao.internal.read;

import java.io.IOException;

/**
 * A document a reader cannot read. The façade turns it into the public {@code NianbaoException} with the same
 * reason and message, so the readers do not depend on the public root package.
 *
 * <p>It is an {@link IOException} on purpose: readers throw it from inside PDFBox, POI and jsoup callbacks whose
 * signatures allow only {@code IOException}, and every {@code catch (IOException …)} in a reader treats it exactly
 * as it treated the public exception before.
 */
public final class ReadFailure extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why a document could not be read; one constant for each public {@code NianbaoException.Reason}. */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY,
        /** Not a format nianbao reads (or not recognisable at all). */
        UNSUPPORTED_FORMAT,
        /** The file is damaged or truncated. */
        CORRUPT,
        /** The file needs a password. */
        ENCRYPTED,
        /** Larger than the byte limit, or a compressed part would inflate beyond it. */
        TOO_LARGE,
        /** Over a page, cell or nesting limit. */
        LIMIT_EXCEEDED,
        /** Took longer than the time limit. */
        TIMEOUT,
        /** The file could not be read from disk. */
        IO
    }

    private final Reason reason;

    public ReadFailure(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public ReadFailure(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
