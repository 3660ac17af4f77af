package io.github.nianbao;

import java.io.IOException;

/**
 * A document that could not be read at all. The message is a sentence a person can read; {@link #reason()} is
 * stable for programs (and is what bulk imports group failures by).
 */
public class NianbaoException extends IOException {

    private static final long serialVersionUID = 1L;

    /** Why a document could not be read. */
    public enum Reason {
        /** The file has no bytes. */
        EMPTY,
        /** Not a format nianbao reads (or not recognisable at all). */
        UNSUPPORTED_FORMAT,
        /** The file is damaged or truncated. */
        CORRUPT,
        /** The file needs a password. */
        ENCRYPTED,
        /** Larger than {@link ParseOptions#maxBytes()}, or a compressed part would inflate beyond it. */
        TOO_LARGE,
        /** Over a page, cell or nesting limit. */
        LIMIT_EXCEEDED,
        /** Took longer than {@link ParseOptions#timeout()}. */
        TIMEOUT,
        /** The file could not be read from disk. */
        IO
    }

    private final Reason reason;

    public NianbaoException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public NianbaoException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
