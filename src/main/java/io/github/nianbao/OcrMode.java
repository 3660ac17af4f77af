package io.github.nianbao;

/**
 * When the PDF reader uses optical character recognition (OCR, 光学字符识别) through Tesseract.
 */
public enum OcrMode {
    /**
     * Default: pages without a text layer that hold an image (scanned pages) are read by OCR when Tesseract with its
     * Chinese data is installed; pages with text are never sent to OCR. Without Tesseract, an image-only PDF gives
     * a {@code NO_TEXT_LAYER} error that says how to enable OCR.
     */
    AUTO,
    /** No OCR: an image-only PDF gives {@code NO_TEXT_LAYER}. */
    NEVER,
    /** Every page is read by OCR, its text layer (if any) ignored; fails with a diagnostic when Tesseract is missing. */
    ALWAYS
}
