package io.github.nianbao.cli;

import io.github.nianbao.NianbaoParser;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.bench.BenchFailure;
import io.github.nianbao.bench.BenchInput;
import io.github.nianbao.bench.BenchResult;
import io.github.nianbao.bench.Benchmark;
import io.github.nianbao.bench.DocTiming;
import io.github.nianbao.bench.FormatTiming;
import io.github.nianbao.bench.ScanTiming;
import io.github.nianbao.bulk.FileWalker;
import io.github.nianbao.model.Format;
import java.io.IOException;
import java.time.Duration;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code nianbao bench DIR}: full parse against bare text extraction, one line per format. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Times the full parse of every report under DIR against the bare text extraction of the same "
                + "library (PDFBox PDFTextStripper, POI XWPFWordExtractor/WordExtractor, jsoup text(), plain "
                + "decoding), in one JVM after warm-up, alternating the two per document.",
            "Files are read into memory first; each document's time is the mean of the fastest half of its "
                + "rounds, a format's ms/doc the mean over its documents. Files that fail are listed after the table."},
        footer = {"", "Exit codes: 0 every file measured; 3 some files failed; 2 usage error; 1 internal error."})
final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "DIR", description = "Folder (searched recursively) or file.")
    Path dir;

    @Option(names = "--rounds", defaultValue = "10", paramLabel = "N",
            description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--warmup", defaultValue = "20", paramLabel = "N",
            description = "Warm-up rounds, not measured (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--warmup-seconds", defaultValue = "60", paramLabel = "S",
            description = "Go on warming up (whole rounds) until this many seconds have passed; the JIT compiler "
                    + "needs that long before a mix of formats runs at full speed (default: ${DEFAULT-VALUE}).")
    int warmupSeconds;

    @Mixin
    OcrOptions ocr;

    @Option(names = "--per-doc", description = "Also print each document's times after the table.")
    boolean perDoc;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (rounds < 1 || warmup < 0 || warmupSeconds < 0) {
            err.println("nianbao: --rounds must be at least 1, --warmup and --warmup-seconds at least 0");
            return ExitCodes.USAGE;
        }
        if (!Files.exists(dir)) {
            err.println("nianbao: no such file or folder: " + dir);
            return ExitCodes.USAGE;
        }
        List<BenchInput> inputs = new ArrayList<>();
        for (Path f : FileWalker.collect(List.of(dir))) {
            inputs.add(new BenchInput(f.toString(), Files.readAllBytes(f)));
        }
        BenchResult result = new Benchmark(NianbaoParser.of(ocr.apply(ParseOptions.DEFAULT)), rounds, warmup,
                Duration.ofSeconds(warmupSeconds)).run(inputs);
        for (FormatTiming t : result.timings()) {
            out.println(line(t));
        }
        if (!result.scans().isEmpty()) {
            out.println(scanLine(result.scans()));
        }
        if (result.timings().isEmpty() && result.scans().isEmpty()) {
            out.println("no documents measured");
        }
        if (perDoc) {
            for (DocTiming d : result.docs()) {
                out.println(String.format(Locale.ROOT, "  %s [%s] full %.2f ms, bare %.2f ms, ratio %.2f", d.name(),
                        d.format().id(), d.fullMs(), d.bareMs(), d.ratio()));
            }
            for (ScanTiming s : result.scans()) {
                out.println(String.format(Locale.ROOT, "  %s [scanned pdf] %d pages, %.2f s/page, OCR %.0f%%",
                        s.name(), s.pages(), s.secondsPerPage(), 100 * s.ocrShare()));
            }
        }
        if (!result.failures().isEmpty()) {
            out.println(result.failures().size() + " failed (not measured):");
            for (BenchFailure f : result.failures()) {
                out.println("  " + f.name() + " [" + f.stage() + "] " + f.message());
            }
        }
        out.flush();
        return result.failures().isEmpty() ? ExitCodes.OK : ExitCodes.SOME_FAILED;
    }

    /**
     * {@code scanned pdf (OCR): 6 docs, 24 pages, median 2.1 s/page, slowest 2.9 s/page, OCR 81% of the time}: the
     * median and the slowest of the pages' times (each page taking its document's time per page).
     */
    static String scanLine(List<ScanTiming> scans) {
        List<Double> perPage = new ArrayList<>();
        double full = 0;
        double ocr = 0;
        int pages = 0;
        for (ScanTiming s : scans) {
            for (int p = 0; p < s.pages(); p++) {
                perPage.add(s.secondsPerPage());
            }
            full += s.fullMs();
            ocr += s.ocrMs();
            pages += s.pages();
        }
        java.util.Collections.sort(perPage);
        double median = perPage.isEmpty() ? Double.NaN : perPage.size() % 2 == 1 ? perPage.get(perPage.size() / 2)
                : (perPage.get(perPage.size() / 2 - 1) + perPage.get(perPage.size() / 2)) / 2;
        double slowest = perPage.isEmpty() ? Double.NaN : perPage.get(perPage.size() - 1);
        return String.format(Locale.ROOT, "scanned pdf (OCR): %d docs, %d pages, median %.2f s/page, slowest %.2f "
                + "s/page, OCR %.0f%% of the time", scans.size(), pages, median, slowest,
                full == 0 ? 0 : 100 * ocr / full);
    }

    /** {@code pdf: 30 docs, 5.4 pages/doc, full 21.3 ms/doc, bare 16.0 ms/doc, ratio 1.33}. */
    static String line(FormatTiming t) {
        String pages = t.format() == Format.PDF ? String.format(Locale.ROOT, " %.1f pages/doc,", t.pagesPerDoc()) : "";
        return String.format(Locale.ROOT, "%s: %d docs,%s full %.1f ms/doc, bare %.1f ms/doc, ratio %.2f",
                t.format().id(), t.docs(), pages, t.fullMs(), t.bareMs(), t.ratio());
    }
}
