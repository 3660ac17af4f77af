package io.github.nianbao.internal.read;

import io.github.nianbao.model.Format;
import io.github.nianbao.text.ReportText;

/**
 * Turns the bytes of one format into {@link ReportText}. A new format is one new reader; the parser never changes
 * for a format. Implementations are stateless and thread-safe; they honour every limit in {@link ReadLimits} and
 * throw {@link ReadFailure} (never a runtime exception) for input they cannot read.
 */
public interface ReportReader {

    /** The format this reader reads. */
    Format format();

    /**
     * Reads one document.
     *
     * @param data    the whole file (already checked against {@link ReadLimits#maxBytes()})
     * @param options  the limits to enforce
     * @param deadline {@link System#nanoTime()} value after which the reader should give up with
     *                 {@link ReadFailure.Reason#TIMEOUT}
     */
    ReportText read(byte[] data, ReadLimits options, long deadline) throws ReadFailure;
}
