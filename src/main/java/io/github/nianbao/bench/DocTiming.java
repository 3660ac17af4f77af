package io.github.nianbao.bench;

import io.github.nianbao.model.Format;

/**
 * The measurement of one document: the mean of the fastest half of the measured rounds, for each side.
 *
 * @param name   the file name
 * @param format the sniffed format
 * @param pages  number of pages (PDF), else 0
 * @param fullMs milliseconds of the full parse
 * @param bareMs milliseconds of the bare text extraction
 */
public record DocTiming(String name, Format format, int pages, double fullMs, double bareMs) {

    /** Full over bare time. */
    public double ratio() {
        return bareMs == 0 ? Double.NaN : fullMs / bareMs;
    }
}
