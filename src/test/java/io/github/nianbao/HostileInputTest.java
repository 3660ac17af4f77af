package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.nianbao.NianbaoException.Reason;
import io.github.nianbao.internal.read.ocr.Tesseract;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.CellValue;
import io.github.nianbao.model.Diagnostic;
import io.github.nianbao.model.DiagnosticCode;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every file in {@code testdata/bad/} (described in testdata/README.md) gets a clear outcome through
 * {@link NianbaoParser}: parsed (with the right cells where it is a disguised sample), a {@link NianbaoException} with
 * a specific {@link Reason} and a readable message, or a specific diagnostic. Nothing else, never a hang: each case
 * runs under a generous preemptive timeout, a guard rather than a benchmark.
 */
class HostileInputTest {

    private static final Path BAD = Path.of("testdata", "bad");
    private static final Path R9001_EXPECTED = Path.of("testdata", "golden", "r9001", "expected.json");
    private static final Duration GUARD = Duration.ofSeconds(30);
    private static final NianbaoParser PARSER = NianbaoParser.of(ParseOptions.DEFAULT);
    private static final Set<String> COVERED = new TreeSet<>();

    @Test
    void emptyFile() {
        fails("empty.txt", Reason.EMPTY);
    }

    @Test
    void randomBytesNamedPdf() {
        fails("random-bytes.pdf", Reason.UNSUPPORTED_FORMAT);
    }

    @Test
    void passwordProtectedDocx() {
        fails("encrypted.docx", Reason.ENCRYPTED);
    }

    @Test
    void truncatedPdf() {
        fails("truncated.pdf", Reason.CORRUPT);
    }

    @Test
    void truncatedDocx() {
        fails("truncated.docx", Reason.CORRUPT);
    }

    @Test
    void docxZipBombIsRefusedBeforeItInflates() {
        fails("bomb.docx", Reason.TOO_LARGE);
    }

    @Test
    void htmlNested100000Deep() {
        hasDiagnostic("nested-100000.html", DiagnosticCode.NOT_A_REPORT);
    }

    @Test
    void pdfWhosePagesTreeContainsItself() {
        hasDiagnostic("cyclic-pages.pdf", DiagnosticCode.NOT_A_REPORT);
    }

    @Test
    void pdfWithOutlineCycle() {
        hasDiagnostic("cyclic-outline.pdf", DiagnosticCode.NOT_A_REPORT);
    }

    @Test
    void encryptedPdfWithoutUserPasswordParses() {
        parsesAsR9001("encrypted-no-user-password.pdf");
    }

    @Test
    void encryptedPdfWithUserPasswordIsEncrypted() {
        fails("encrypted-user-password.pdf", Reason.ENCRYPTED);
    }

    @Test
    void imageOnlyPdfHasNoTextLayerWithoutOcr() {
        COVERED.add("image-only.pdf");
        AnnualReport off = guard(() -> NianbaoParser.of(ParseOptions.DEFAULT.withOcrMode(OcrMode.NEVER))
                .parse(BAD.resolve("image-only.pdf")));
        assertTrue(message(off, DiagnosticCode.NO_TEXT_LAYER).contains("OCR is off"));
        AnnualReport missing = guard(() -> NianbaoParser.of(ParseOptions.DEFAULT
                .withOcrProgram("/nonexistent/tesseract")).parse(BAD.resolve("image-only.pdf")));
        String m = message(missing, DiagnosticCode.NO_TEXT_LAYER);
        assertTrue(m.contains("cannot be run") && m.contains("apt-get install tesseract-ocr tesseract-ocr-chi-sim"), m);
        assertReadable(m);
        AnnualReport auto = guard(() -> parseOrFail("image-only.pdf"));
        boolean ocr = Tesseract.problem(ParseOptions.DEFAULT_OCR_PROGRAM).isEmpty();
        assertEquals(ocr ? 1 : 0, auto.ocrPages(), "with Tesseract installed, AUTO reads the page by OCR");
        assertEquals(!ocr, auto.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.NO_TEXT_LAYER));
    }

    @Test
    void blankScanHasNoTextLayer() {
        hasDiagnostic("scanned-image-only.pdf", DiagnosticCode.NO_TEXT_LAYER);
    }

    private static String message(AnnualReport r, DiagnosticCode code) {
        return r.diagnostics().stream().filter(d -> d.code() == code).map(Diagnostic::message).findFirst()
                .orElseGet(() -> fail("expected " + code + ", got " + r.diagnostics()));
    }

    @Test
    void noticeIsNotAReport() {
        AnnualReport r = hasDiagnostic("notice.txt", DiagnosticCode.NOT_A_REPORT);
        assertTrue(r.cells().isEmpty(), "a notice has no cells: " + r.cells().keySet());
    }

    @Test
    void docxNamedDoc() {
        parsesAsR9001("docx-named.doc");
    }

    @Test
    void htmlNamedPdf() {
        parsesAsR9001("html-named.pdf");
    }

    @Test
    void htmlErrorPageNamedPdf() {
        hasDiagnostic("error-page.pdf", DiagnosticCode.NOT_A_REPORT);
    }

    @Test
    void gbkText() {
        AnnualReport r = parsesAsR9001("gbk.txt");
        assertTrue(r.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.CHARSET_GB18030), r::toString);
    }

    /** Every section 三 row with 34 digits glued to its label: the split search is bounded, each row refused. */
    @Test
    void gluedDigitsDoNotMultiplyTheWork() {
        AnnualReport r = hasDiagnostic("glued-digits.txt", DiagnosticCode.DIGITS_RUN_TOGETHER);
        assertTrue(r.diagnostics().stream().filter(d -> d.code() == DiagnosticCode.DIGITS_RUN_TOGETHER).count() >= 10,
                r::toString);
    }

    /** 40 MB of text (generated, never committed): over the cell limit by default, over the byte limit in bulk. */
    @Test
    void fortyMegabytesOfText(@TempDir Path dir) throws IOException {
        Path big = fortyMegabytes(dir.resolve("big.txt"));
        guard(() -> assertFailure(() -> PARSER.parse(big), Reason.LIMIT_EXCEEDED, "maxTableCells"));
        guard(() -> assertFailure(() -> NianbaoParser.of(ParseOptions.BULK).parse(big), Reason.TOO_LARGE,
                "maxBytes"));
        ParseOptions slow = ParseOptions.DEFAULT.withMaxTableCells(Integer.MAX_VALUE).withTimeout(Duration.ofMillis(1));
        guard(() -> assertFailure(() -> NianbaoParser.of(slow).parse(big), Reason.TIMEOUT, "time"));
    }

    /** Nothing lost: every committed file has a case above. Runs last (see {@link #everyFileIsCovered()}). */
    @AfterAll
    static void everyFileIsCovered() throws IOException {
        Set<String> files = new TreeSet<>();
        try (Stream<Path> list = Files.list(BAD)) {
            list.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md")).forEach(files::add);
        }
        String readme = Files.readString(Path.of("testdata", "README.md"));
        String section = readme.substring(readme.indexOf("\n## bad/"), readme.indexOf("\n## readers/"));
        for (String f : files) {
            assertTrue(section.contains("`" + f + "`"), "testdata/README.md (bad/) does not describe " + f);
        }
        if (COVERED.size() >= files.size() - 1) { // only when the whole class ran, not a single method
            files.removeAll(COVERED);
            assertTrue(files.isEmpty(), "files in testdata/bad without a case in HostileInputTest: " + files);
        }
    }

    // --- outcomes -------------------------------------------------------------------------------------------

    private static void fails(String name, Reason reason) {
        COVERED.add(name);
        guard(() -> assertFailure(() -> PARSER.parse(BAD.resolve(name)), reason, null));
    }

    private static AnnualReport hasDiagnostic(String name, DiagnosticCode code) {
        COVERED.add(name);
        AnnualReport r = guard(() -> parseOrFail(name));
        Diagnostic d = r.diagnostics().stream().filter(x -> x.code() == code).findFirst()
                .orElseGet(() -> fail(name + ": expected diagnostic " + code + ", got " + r.diagnostics()));
        assertReadable(d.message());
        return r;
    }

    private static AnnualReport parsesAsR9001(String name) {
        COVERED.add(name);
        AnnualReport r = guard(() -> parseOrFail(name));
        JsonNode expected = readJson(R9001_EXPECTED);
        assertEquals(expected.get("template").asText(), r.template().code(), name);
        assertEquals(expected.get("year").asInt(), r.year(), name);
        List<String> wrong = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = expected.get("cells").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            CellValue v = r.cell(e.getKey());
            boolean ok = e.getValue().isNull() ? v.value() == null
                    : v.value() != null && v.value().compareTo(new BigDecimal(e.getValue().asText())) == 0;
            if (!ok) {
                wrong.add(e.getKey() + ": expected " + e.getValue() + ", got " + v.value());
            }
        }
        assertTrue(wrong.isEmpty(), () -> name + ":\n  " + String.join("\n  ", wrong));
        return r;
    }

    private static AnnualReport parseOrFail(String name) {
        try {
            return PARSER.parse(BAD.resolve(name));
        } catch (NianbaoException e) {
            return fail(name + ": expected a parsed report, got " + e.reason() + ": " + e.getMessage(), e);
        } catch (IOException e) {
            return fail(name + ": unexpected " + e, e);
        }
    }

    private interface Parse {
        AnnualReport run() throws IOException;
    }

    private static void assertFailure(Parse parse, Reason reason, String mentions) {
        try {
            AnnualReport r = parse.run();
            fail("expected " + reason + ", but it parsed: " + r.diagnostics());
        } catch (NianbaoException e) {
            assertEquals(reason, e.reason(), e::getMessage);
            assertReadable(e.getMessage());
            if (mentions != null) {
                assertTrue(e.getMessage().contains(mentions), e.getMessage());
            }
        } catch (IOException e) {
            fail("expected NianbaoException " + reason + ", got " + e, e);
        }
    }

    /** One sentence a person can read: not empty, one line, no stack-trace or class-name dump. */
    private static void assertReadable(String message) {
        assertTrue(message != null && message.strip().length() >= 10, "message too short: " + message);
        assertFalse(message.contains("\n"), "message spans lines: " + message);
        assertFalse(message.contains("\tat ") || message.startsWith("java."), "stack trace in message: " + message);
    }

    private static <T> T guard(org.junit.jupiter.api.function.ThrowingSupplier<T> body) {
        return assertTimeoutPreemptively(GUARD, body, "hang guard");
    }

    private static void guard(org.junit.jupiter.api.function.Executable body) {
        assertTimeoutPreemptively(GUARD, body, "hang guard");
    }

    private static JsonNode readJson(Path p) {
        try {
            return new ObjectMapper().readTree(p.toFile());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Repeats a real report's text until the file has 40 MiB. */
    static Path fortyMegabytes(Path out) throws IOException {
        byte[] unit = Files.readString(Path.of("testdata", "golden", "r9001", "r9001.txt"))
                .getBytes(StandardCharsets.UTF_8);
        long target = 40L << 20;
        try (OutputStream o = Files.newOutputStream(out)) {
            for (long written = 0; written < target; written += unit.length) {
                o.write(unit);
            }
        }
        return out;
    }
}
