package io.github.nianbao.bench;

/**
 * The measurement of one scanned PDF, read by OCR: the fastest of its measured parses (a scan's parse takes
 * seconds, so it is not run in the warm-up and measured fewer times; the time is dominated by Tesseract, whose
 * processes do not warm up).
 *
 * @param name     the document
 * @param pages    pages read by OCR
 * @param fullMs   milliseconds for the whole parse
 * @param ocrMs    milliseconds of it spent in Tesseract's processes
 */
public record ScanTiming(String name, int pages, double fullMs, double ocrMs) {

    /** Seconds per page. */
    public double secondsPerPage() {
        return pages == 0 ? Double.NaN : fullMs / 1000 / pages;
    }

    /** The share of the time spent in Tesseract, 0..1. */
    public double ocrShare() {
        return fullMs == 0 ? Double.NaN : ocrMs / fullMs;
    }
}
