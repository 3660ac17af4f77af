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
 */
public record BenchResult(List<FormatTiming> timings, List<DocTiming> docs, List<BenchFailure> failures, int rounds,
                          int warmup) {

    public BenchResult {
        timings = List.copyOf(timings);
        docs = List.copyOf(docs);
        failures = List.copyOf(failures);
    }
}
