package io.github.nianbao.internal.read.ocr;

import java.util.Objects;

/**
 * When and how a reader uses OCR, taken from the public parse options by the façade.
 *
 * @param mode             when pages are read by OCR
 * @param program          the Tesseract program: a name looked up on the {@code PATH}, or a path
 * @param pageTimeoutNanos longest time OCR may take for one page
 */
public record OcrSettings(Mode mode, String program, long pageTimeoutNanos) {

    /** Pages without text read by OCR with {@code tesseract} from the {@code PATH}, 30 s per page. */
    public static final OcrSettings AUTO = new OcrSettings(Mode.AUTO, Tesseract.DEFAULT_PROGRAM, 30_000_000_000L);

    /** When pages are read by OCR; one constant for each public {@code OcrMode}. */
    public enum Mode {
        /** Pages without a text layer that hold an image. */
        AUTO,
        /** None. */
        NEVER,
        /** Every page. */
        ALWAYS
    }

    public OcrSettings {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(program, "program");
        if (pageTimeoutNanos <= 0) {
            throw new IllegalArgumentException("pageTimeoutNanos must be positive");
        }
    }
}
