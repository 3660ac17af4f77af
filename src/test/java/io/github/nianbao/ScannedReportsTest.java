package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.export.ReportJson;
import io.github.nianbao.internal.read.ocr.Tesseract;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scanned reports read by OCR (testdata/scan, scans of golden reports): at least 98 % of the cells right, every
 * other cell named by a diagnostic (the cell, or a cell of its row or column), template, year and agency right,
 * every cell with its OCR confidence and page box. Needs Tesseract with chi_sim and eng: skipped with a message
 * where it is missing, except in CI (which installs it), where its absence is a failure.
 */
class ScannedReportsTest {

    private static final Path SCANS = Path.of("testdata", "scan");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final NianbaoParser PARSER = NianbaoParser.of(ParseOptions.DEFAULT
            .withTimeout(Duration.ofMinutes(5)));

    @BeforeAll
    static void needsTesseract() {
        String problem = Tesseract.problem(ParseOptions.DEFAULT_OCR_PROGRAM);
        if (!problem.isEmpty() && System.getenv("CI") == null) {
            System.err.println("SKIPPED ScannedReportsTest: " + problem + " (apt-get install tesseract-ocr "
                    + "tesseract-ocr-chi-sim); CI installs it and runs these tests");
        }
        Assumptions.assumeTrue(problem.isEmpty() || System.getenv("CI") != null,
                "OCR tests skipped: " + problem + "; CI installs Tesseract and runs them");
        assertEquals("", problem, "CI must have Tesseract with chi_sim and eng");
    }

    static Stream<Path> scans() throws IOException {
        try (Stream<Path> files = Files.walk(SCANS)) {
            return files.filter(p -> p.getFileName().toString().endsWith("-scan.pdf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scans")
    void scansAreReadAndEveryDoubtIsNamed(Path scan) throws IOException {
        JsonNode expected = JSON.readTree(scan.resolveSibling("expected.json").toFile());
        AnnualReport r = PARSER.parse(scan);
        List<String> problems = new ArrayList<>();
        check(problems, "template", expected.path("template").asText(), r.template().code());
        check(problems, "year", expected.path("year").asText(), String.valueOf(r.year()));
        check(problems, "agency", expected.path("agency").asText(), r.agency());
        int cells = 0;
        int right = 0;
        Iterator<Map.Entry<String, JsonNode>> it = expected.path("cells").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            cells++;
            CellValue v = r.cell(e.getKey());
            boolean ok = e.getValue().isNull() ? v.value() == null
                    : v.value() != null && v.value().compareTo(new BigDecimal(e.getValue().asText())) == 0;
            if (ok) {
                right++;
            } else if (!NamedCells.named(e.getKey(), r.diagnostics())) {
                problems.add(e.getKey() + ": expected " + e.getValue() + ", got " + v.value() + " (raw \"" + v.raw()
                        + "\") and no diagnostic names it, its row or its column");
            }
        }
        assertTrue(right >= 0.98 * cells, scan + ": " + right + " of " + cells + " cells right; " + r.diagnostics());
        assertTrue(problems.isEmpty(), scan + ":\n  " + String.join("\n  ", problems));
        long pages = r.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.OCR_PAGE).count();
        assertTrue(pages > 0 && pages == r.ocrPages(), "one OCR_PAGE per page: " + r.diagnostics());
        for (CellValue c : r.cells().values()) {
            if (c.isPrinted()) {
                assertNotNull(c.ocr(), c.code() + " carries its OCR reading");
                assertNotNull(c.location().box(), c.code() + " carries its page box");
                assertTrue(c.ocr().confidence() >= 0 && c.ocr().confidence() <= 1);
            }
        }
        String json = ReportJson.toJson(r, false);
        assertTrue(json.contains("\"ocr\":{\"pages\":" + pages), "the JSON says which pages were read by OCR");
    }
    private static void check(List<String> problems, String what, String expected, String actual) {
        if (!expected.equals(actual)) {
            problems.add(what + ": expected " + expected + ", got " + actual);
        }
    }

    @Test
    void aTextLayerPdfIsNeverSentToOcr() throws IOException {
        Path pdf = Path.of("testdata", "golden", "r9001", "r9001.pdf");
        AnnualReport auto = PARSER.parse(pdf);
        AnnualReport never = NianbaoParser.of(ParseOptions.DEFAULT.withOcrMode(OcrMode.NEVER)).parse(pdf);
        assertEquals(0, auto.ocrPages());
        assertTrue(auto.cells().values().stream().allMatch(c -> c.ocr() == null));
        assertEquals(ReportJson.toJson(never, false), ReportJson.toJson(auto, false));
    }

    @Test
    void withOcrOffAScanHasNoTextLayerAndSaysHowToRead() throws IOException {
        Path scan = scans().findFirst().orElseThrow();
        AnnualReport r = NianbaoParser.of(ParseOptions.DEFAULT.withOcrMode(OcrMode.NEVER)).parse(scan);
        Diagnostic d = r.diagnostics().stream().filter(x -> x.code() == DiagnosticCode.NO_TEXT_LAYER).findFirst()
                .orElseThrow();
        assertTrue(d.message().contains("OcrMode.NEVER") && d.message().contains("--ocr auto"), d.message());
        assertEquals(0, r.ocrPages());
    }

    @Test
    void aPageOverItsTimeLimitIsLeftOutWithAnError() throws IOException {
        Path scan = Path.of("testdata", "scan", "r9003-lo", "r9003-lo-scan.pdf");
        AnnualReport r = NianbaoParser.of(ParseOptions.DEFAULT.withOcrPageTimeout(Duration.ofMillis(1)))
                .parse(scan);
        long timeouts = r.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.OCR_TIMEOUT).count();
        assertEquals(3, timeouts, r.diagnostics().toString());
        assertFalse(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.OCR_PAGE));
    }

    @Test
    void alwaysReadsTextPagesByOcrToo() throws IOException {
        Path pdf = Path.of("testdata", "golden", "r9003", "r9003.pdf");
        AnnualReport r = NianbaoParser.of(ParseOptions.DEFAULT.withOcrMode(OcrMode.ALWAYS)
                .withTimeout(Duration.ofMinutes(5))).parse(pdf);
        assertEquals(3, r.ocrPages());
        assertEquals("阜新市西工区人民政府", r.agency());
    }
}
