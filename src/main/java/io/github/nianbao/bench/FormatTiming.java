package io.github.nianbao.bench;

import io.github.nianbao.model.Format;

/**
 * The measurement of one format: per document, the mean of the fastest half of the measured rounds; per format,
 * the mean over its documents.
 *
 * @param format      the format (sniffed from the content)
 * @param docs        number of documents measured
 * @param pagesPerDoc mean number of pages (PDF), else 0
 * @param fullMs      milliseconds per document for the full parse ({@code NianbaoParser.parse(byte[], name)})
 * @param bareMs      milliseconds per document for the bare text extraction ({@link BareExtraction})
 */
public record FormatTiming(Format format, int docs, double pagesPerDoc, double fullMs, double bareMs) {

    /** Full over bare time. */
    public double ratio() {
        return bareMs == 0 ? Double.NaN : fullMs / bareMs;
    }
}
