package io.github.nianbao.internal.read;

import io.github.nianbao.internal.read.ocr.OcrSettings;

/**
 * The limits a reader enforces, taken from the public parse options by the façade (which is the only package that
 * knows those options: readers depend on nothing above them).
 *
 * @param maxBytes      largest input accepted, in bytes (also bounds what a compressed part may inflate to)
 * @param maxPages      most PDF pages read
 * @param maxTableCells most table cells read from one document
 * @param ocr           when and how scanned pages are read by OCR
 */
public record ReadLimits(long maxBytes, int maxPages, int maxTableCells, OcrSettings ocr) {

    public ReadLimits {
        if (maxBytes <= 0 || maxPages <= 0 || maxTableCells <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
        ocr = ocr == null ? OcrSettings.AUTO : ocr;
    }

    /** Limits with the default OCR settings ({@link OcrSettings#AUTO}). */
    public ReadLimits(long maxBytes, int maxPages, int maxTableCells) {
        this(maxBytes, maxPages, maxTableCells, OcrSettings.AUTO);
    }

    /** The same limits with another table-cell limit. */
    public ReadLimits withMaxTableCells(int value) {
        return new ReadLimits(maxBytes, maxPages, value, ocr);
    }
}
