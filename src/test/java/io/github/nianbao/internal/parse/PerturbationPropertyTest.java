package io.github.nianbao.internal.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.nianbao.NianbaoException;
import io.github.nianbao.NianbaoParser;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.internal.TextDecoding;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Property: the perturbations a converter makes ({@link ConverterPerturbations}), applied in random combinations to
 * every golden text sample, never change a parsed value, the template or the year, and never throw.
 *
 * <p>Randomised but reproducible: try {@code n} uses seed {@code BASE_SEED + n}; a failure names the sample, the
 * seed and the perturbations, and shows the lines that changed. Bounded to {@value #TRIES} tries in all.
 */
class PerturbationPropertyTest {

    private static final long BASE_SEED = 20240601L;
    static final int TRIES = 210;
    private static final NianbaoParser PARSER = NianbaoParser.of(ParseOptions.DEFAULT);

    @TestFactory
    Stream<DynamicTest> perturbationsNeverChangeValues() throws IOException {
        List<Path> samples = samples();
        assertTrue(samples.size() >= 5, "golden text samples: " + samples);
        List<DynamicTest> tests = new ArrayList<>();
        for (int n = 0; n < TRIES; n++) {
            Path sample = samples.get(n % samples.size());
            long seed = BASE_SEED + n;
            tests.add(DynamicTest.dynamicTest(sample.getParent().getFileName() + " seed " + seed,
                    () -> check(sample, seed)));
        }
        return tests.stream();
    }

    /** Each perturbation alone, applied with a fixed seed to every sample (pins down which one breaks). */
    @TestFactory
    Stream<DynamicTest> eachPerturbationAlone() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path sample : samples()) {
            for (ConverterPerturbations.Perturbation p : ConverterPerturbations.ALL) {
                tests.add(DynamicTest.dynamicTest(sample.getParent().getFileName() + " " + p.name(),
                        () -> check(sample, List.of(p), new Random(BASE_SEED), "seed " + BASE_SEED)));
            }
        }
        return tests.stream();
    }

    private static void check(Path sample, long seed) throws IOException {
        Random r = new Random(seed);
        List<ConverterPerturbations.Perturbation> chosen = new ArrayList<>();
        for (ConverterPerturbations.Perturbation p : ConverterPerturbations.ALL) {
            if (r.nextInt(3) > 0) {
                chosen.add(p);
            }
        }
        java.util.Collections.shuffle(chosen, r);
        check(sample, chosen, r, "seed " + seed);
    }

    private static void check(Path sample, List<ConverterPerturbations.Perturbation> chosen, Random r, String seed)
            throws IOException {
        List<String> original = TextDecoding.decode(Files.readAllBytes(sample)).text().lines().toList();
        List<String> lines = original;
        for (ConverterPerturbations.Perturbation p : chosen) {
            lines = p.apply().apply(lines, r);
        }
        AnnualReport before = parse(String.join("\n", original));
        AnnualReport after;
        try {
            after = parse(String.join("\n", lines));
        } catch (RuntimeException | NianbaoException e) {
            throw new AssertionError(describe(sample, chosen, seed, original, lines) + "\nthrew " + e, e);
        }
        String context = describe(sample, chosen, seed, original, lines);
        assertEquals(before.template(), after.template(), () -> "template changed\n" + context);
        assertEquals(before.year(), after.year(), () -> "year changed\n" + context);
        Map<String, String> changed = new LinkedHashMap<>();
        for (Map.Entry<String, CellValue> e : before.cells().entrySet()) {
            BigDecimal a = e.getValue().value();
            CellValue b = after.cell(e.getKey());
            if (a == null ? b.value() != null : b.value() == null || a.compareTo(b.value()) != 0) {
                changed.put(e.getKey(), a + " -> " + b.value() + " (raw \"" + b.raw() + "\" at " + b.location() + ")");
            }
        }
        if (!changed.isEmpty()) {
            fail(changed.size() + " values changed: " + changed + "\n" + context + "\ndiagnostics: "
                    + after.diagnostics());
        }
    }

    private static AnnualReport parse(String text) throws NianbaoException {
        return PARSER.parseText(text, "perturbed");
    }

    private static String describe(Path sample, List<ConverterPerturbations.Perturbation> chosen, String seed,
                                   List<String> original, List<String> lines) {
        StringBuilder sb = new StringBuilder(sample + " " + seed + " perturbations "
                + chosen.stream().map(ConverterPerturbations.Perturbation::name).toList() + "; new lines:");
        java.util.Set<String> old = new java.util.HashSet<>(original);
        int shown = 0;
        for (int i = 0; i < lines.size() && shown < 40; i++) {
            if (!old.contains(lines.get(i))) {
                sb.append("\n  ").append(i + 1).append(": ").append(lines.get(i).replace("\t", " ⇥ "));
                shown++;
            }
        }
        return sb.toString();
    }

    static List<Path> samples() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("testdata", "golden"))) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }
}
