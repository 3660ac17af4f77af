package io.github.nianbao.bench;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.NianbaoParser;
import io.github.nianbao.internal.read.ocr.Tesseract;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.Format;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Measures nianbao's full parse against the bare text extraction of the same library (基准测试), in one JVM: every
 * document is checked once (both sides must succeed, else it is listed as a failure and left out), then run for
 * the warm-up (at least the given rounds and at least the given time: the JIT compiler needs tens of seconds of
 * mixed work before PDFBox, POI, jsoup and the parser run at full speed), then for the measured rounds, alternating
 * full and bare per document so that both see the same JIT and heap state, and taking turns at going first (the
 * second run of a document finds its bytes, and for HTML jsoup's code, in the CPU caches). Each document's time is
 * the mean of the fastest half of its measured rounds (robust against other processes taking the CPU on a shared
 * machine); a format's time per document is the mean of those. Scanned PDFs (read by OCR) are measured apart:
 * the fastest of a few parses each, in seconds per page, with the share Tesseract took ({@link ScanTiming}).
 * Documents are in memory: disk reads are in neither timing.
 */
public final class Benchmark {

    private final NianbaoParser parser;
    private final int rounds;
    private final int warmup;
    private final Duration warmupTime;
    private long sink;

    /**
     * @param parser the parser whose full parse is measured
     * @param rounds measured rounds (at least 1)
     * @param warmup warm-up rounds, not measured (0 or more)
     */
    public Benchmark(NianbaoParser parser, int rounds, int warmup) {
        this(parser, rounds, warmup, Duration.ZERO);
    }

    /**
     * @param parser     the parser whose full parse is measured
     * @param rounds     measured rounds (at least 1)
     * @param warmup     warm-up rounds, not measured (0 or more)
     * @param warmupTime the warm-up goes on for whole rounds until at least this much time has passed too
     */
    public Benchmark(NianbaoParser parser, int rounds, int warmup, Duration warmupTime) {
        if (rounds < 1 || warmup < 0 || warmupTime.isNegative()) {
            throw new IllegalArgumentException("rounds must be at least 1, warmup and warmupTime at least 0");
        }
        this.parser = Objects.requireNonNull(parser, "parser");
        this.rounds = rounds;
        this.warmup = warmup;
        this.warmupTime = warmupTime;
    }

    /** One document that passed the check: its format, bytes, page count and pages read by OCR. */
    private record Doc(BenchInput input, Format format, int pages, int ocrPages) {
    }

    /** Most measured parses of a scanned PDF. */
    private static final int SCAN_ROUNDS = 3;

    /** Runs the benchmark over {@code inputs}. */
    public BenchResult run(List<BenchInput> inputs) {
        List<BenchFailure> failures = new ArrayList<>();
        List<Doc> docs = new ArrayList<>();
        List<Doc> scanned = new ArrayList<>();
        for (BenchInput in : inputs) {
            Doc d = check(in, failures);
            if (d != null) {
                (d.ocrPages() > 0 ? scanned : docs).add(d);
            }
        }
        int warmupRounds = warmUp(docs);
        long[][] full = new long[docs.size()][rounds];
        long[][] bare = new long[docs.size()][rounds];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < docs.size(); i++) {
                if (r % 2 == 0) {
                    full[i][r] = timeFull(docs.get(i));
                    bare[i][r] = timeBare(docs.get(i));
                } else { // the second run of a document finds its bytes and code in the caches: take turns
                    bare[i][r] = timeBare(docs.get(i));
                    full[i][r] = timeFull(docs.get(i));
                }
            }
        }
        List<DocTiming> perDoc = new ArrayList<>();
        for (int i = 0; i < docs.size(); i++) {
            Doc d = docs.get(i);
            perDoc.add(new DocTiming(d.input().name(), d.format(), d.pages(), fastHalfMean(full[i]) / 1e6,
                    fastHalfMean(bare[i]) / 1e6));
        }
        List<ScanTiming> scans = new ArrayList<>();
        for (Doc d : scanned) {
            scans.add(timeScan(d));
        }
        return new BenchResult(summarise(perDoc), perDoc, failures, rounds, warmupRounds, scans);
    }

    /** The fastest of up to {@link #SCAN_ROUNDS} parses of a scanned PDF, with the part Tesseract took. */
    private ScanTiming timeScan(Doc d) {
        long best = Long.MAX_VALUE;
        long bestOcr = 0;
        for (int r = 0; r < Math.min(rounds, SCAN_ROUNDS); r++) {
            long ocr0 = Tesseract.runNanos();
            long t = timeFull(d);
            if (t < best) {
                best = t;
                bestOcr = Tesseract.runNanos() - ocr0;
            }
        }
        return new ScanTiming(d.input().name(), d.ocrPages(), best / 1e6, bestOcr / 1e6);
    }

    /** Runs warm-up rounds until both the round count and the time are reached; returns the rounds run. */
    private int warmUp(List<Doc> docs) {
        long end = System.nanoTime() + warmupTime.toNanos();
        int r = 0;
        while (!docs.isEmpty() && (r < warmup || System.nanoTime() - end < 0)) { // scans are not warmed up
            for (Doc d : docs) {
                timeFull(d);
                timeBare(d);
            }
            r++;
        }
        return r;
    }

    private Doc check(BenchInput in, List<BenchFailure> failures) {
        Format format;
        try {
            format = NianbaoParser.detectFormat(in.bytes());
        } catch (NianbaoException e) {
            failures.add(new BenchFailure(in.name(), "sniff", e.reason() + ": " + e.getMessage()));
            return null;
        }
        int ocrPages;
        try {
            ocrPages = parser.parse(in.bytes(), in.name()).ocrPages();
        } catch (NianbaoException e) {
            failures.add(new BenchFailure(in.name(), "full", e.reason() + ": " + e.getMessage()));
            return null;
        } catch (RuntimeException e) {
            failures.add(new BenchFailure(in.name(), "full", "INTERNAL: " + e));
            return null;
        }
        try {
            return new Doc(in, format, BareExtraction.extract(format, in.bytes()).pages(), ocrPages);
        } catch (IOException | RuntimeException e) {
            failures.add(new BenchFailure(in.name(), "bare", e.toString()));
            return null;
        }
    }

    private long timeFull(Doc d) {
        long t0 = System.nanoTime();
        try {
            AnnualReport report = parser.parse(d.input().bytes(), d.input().name());
            sink += report.cells().size();
        } catch (NianbaoException e) {
            sink++; // passed the check, so only a timeout under load can land here; still timed
        }
        return System.nanoTime() - t0;
    }

    private long timeBare(Doc d) {
        long t0 = System.nanoTime();
        try {
            sink += BareExtraction.extract(d.format(), d.input().bytes()).chars();
        } catch (IOException e) {
            sink++;
        }
        return System.nanoTime() - t0;
    }

    private static List<FormatTiming> summarise(List<DocTiming> docs) {
        Map<Format, double[]> sums = new EnumMap<>(Format.class); // docs, pages, full ms, bare ms
        for (DocTiming d : docs) {
            double[] s = sums.computeIfAbsent(d.format(), f -> new double[4]);
            s[0]++;
            s[1] += d.pages();
            s[2] += d.fullMs();
            s[3] += d.bareMs();
        }
        List<FormatTiming> out = new ArrayList<>();
        sums.forEach((f, s) -> out.add(new FormatTiming(f, (int) s[0], s[1] / s[0], s[2] / s[0], s[3] / s[0])));
        return out;
    }

    /** The mean of the fastest half of {@code values} (the fastest one when there is one value). */
    static double fastHalfMean(long[] values) {
        long[] v = values.clone();
        Arrays.sort(v);
        int n = Math.max(1, v.length / 2);
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += v[i];
        }
        return sum / n;
    }

    /** A value derived from every result, so that no measured call can be optimised away. */
    public long sink() {
        return sink;
    }
}
