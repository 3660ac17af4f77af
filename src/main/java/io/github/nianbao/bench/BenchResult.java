package io.github.nianbao.bench;

import java.util.List;

/**
 * The outcome of a benchmark run.
 *
 * @param timings  one entry per format present, in {@link io.github.nianbao.model.Format} order
 * @param docs     one entry per document measured, in input order
 * @param failures documents left out, in input order
 * @param rounds   measured rounds
 * @param warmup   warm-up rounds run (not measured)
 * @param scans    scanned PDFs (read by OCR), measured on their own, in input order
 */
public record BenchResult(List<FormatTiming> timings, List<DocTiming> docs, List<BenchFailure> failures, int rounds,
                          int warmup, List<ScanTiming> scans) {

    public BenchResult {
        timings = List.copyOf(timings);
        docs = List.copyOf(docs);
        failures = List.copyOf(failures);
        scans = List.copyOf(scans);
    }

    /** A result without scanned PDFs. */
    public BenchResult(List<FormatTiming> timings, List<DocTiming> docs, List<BenchFailure> failures, int rounds,
                       int warmup) {
        this(timings, docs, failures, rounds, warmup, List.of());
    }
}
