package io.github.nianbao.internal.read.ocr;

/** Tesseract could not read an image: not installed, over its time limit, or it failed. */
public final class OcrFailure extends Exception {

    private static final long serialVersionUID = 1L;

    /** What went wrong. */
    public enum Kind {
        /** The program cannot be started, or it lacks the Chinese language data. */
        MISSING,
        /** The time limit passed; the process was killed. */
        TIMEOUT,
        /** It ran but failed or gave output that could not be read. */
        FAILED
    }

    private final Kind kind;

    public OcrFailure(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
