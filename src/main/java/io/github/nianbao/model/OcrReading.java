package io.github.nianbao.model;

import java.util.List;
import java.util.Objects;

/**
 * How optical character recognition (OCR, 光学字符识别) read one cell of a scanned page.
 *
 * @param confidence   how sure the recogniser was of the text, 0..1 (Tesseract's word confidence / 100; for a cell
 *                     of several words the lowest)
 * @param doubtful     whether the reader doubts the text: readings of the page and of the cell alone disagree, or
 *                     the confidence is low, or the cell holds ink that could not be read
 * @param alternatives other readings of the text, most likely first (the recogniser's next-best characters, the
 *                     other of two readings); empty when there are none
 */
public record OcrReading(double confidence, boolean doubtful, List<Alternative> alternatives) {

    /** A blank cell on a scanned page: no ink, nothing to doubt. */
    public static final OcrReading BLANK = new OcrReading(1, false, List.of());

    public OcrReading {
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in 0..1: " + confidence);
        }
        alternatives = List.copyOf(alternatives);
    }

    /** The same confidence and doubt without alternatives (for a part of a cell's text). */
    public OcrReading withoutAlternatives() {
        return alternatives.isEmpty() ? this : new OcrReading(confidence, doubtful, List.of());
    }

    /**
     * Another reading of a cell.
     *
     * @param text       the text read
     * @param confidence how likely, 0..1
     */
    public record Alternative(String text, double confidence) {

        public Alternative {
            Objects.requireNonNull(text, "text");
        }
    }
}
