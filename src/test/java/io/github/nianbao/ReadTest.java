package io.github.nianbao;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.NianbaoException.Reason;
import io.github.nianbao.model.AnnualReport;
import io.github.nianbao.model.DiagnosticCode;
import io.github.nianbao.model.Format;
import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadTest {

    private static final String SAMPLE = "testdata/golden/r9002/r9002.txt";

    @Test
    void utf8WithAndWithoutBomAndGb18030ParseTheSame() throws Exception {
        String text = Files.readString(Path.of(SAMPLE));
        AnnualReport plain = Nianbao.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "a");
        byte[] bom = ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
        AnnualReport withBom = Nianbao.parse(new ByteArrayInputStream(bom), "b");
        AnnualReport gbk = Nianbao.parse(new ByteArrayInputStream(text.getBytes(Charset.forName("GB18030"))), "c");
        assertEquals(plain.cells(), withBom.cells());
        assertEquals(plain.title(), withBom.title());
        assertEquals(plain.title(), gbk.title());
        assertEquals(plain.cells().keySet(), gbk.cells().keySet());
        plain.cells().forEach((k, v) -> assertEquals(v.value(), gbk.value(k), k));
        assertTrue(gbk.diagnostics().stream().anyMatch(d -> d.code() == DiagnosticCode.CHARSET_GB18030));
    }

    @Test
    void rareCharactersSurviveGb18030() throws Exception {
        byte[] bytes = "# 镕堃县人民政府2023年政府信息公开工作年度报告\n".getBytes(Charset.forName("GB18030"));
        AnnualReport r = Nianbao.parse(new ByteArrayInputStream(bytes), "x");
        assertEquals("镕堃县人民政府", r.agency());
    }

    @Test
    void formatIsTakenFromContentNotName() throws Exception {
        assertEquals(Format.TXT, NianbaoParser.detectFormat("一、总体情况".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.HTML, NianbaoParser.detectFormat("<!DOCTYPE html><html></html>".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Format.PDF, NianbaoParser.detectFormat("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(Reason.EMPTY, assertThrows(NianbaoException.class, () -> NianbaoParser.detectFormat(new byte[0])).reason());
        byte[] random = new byte[4096];
        new java.util.Random(7).nextBytes(random);
        assertEquals(Reason.UNSUPPORTED_FORMAT,
                assertThrows(NianbaoException.class, () -> NianbaoParser.detectFormat(random)).reason());
    }

    @Test
    void sizeLimitIsEnforced() {
        NianbaoParser small = Nianbao.parser(ParseOptions.DEFAULT.withMaxBytes(100));
        NianbaoException e = assertThrows(NianbaoException.class, () -> small.parse(Path.of(SAMPLE)));
        assertEquals(Reason.TOO_LARGE, e.reason());
    }

    @Test
    void missingFileIsAReadableError() {
        NianbaoException e = assertThrows(NianbaoException.class, () -> Nianbao.parse(Path.of("no/such/file.pdf")));
        assertEquals(Reason.IO, e.reason());
        assertTrue(e.getMessage().contains("no such file"));
    }

    @Test
    void parserIsSharedSafelyBetweenThreads() throws Exception {
        byte[] data = Files.readAllBytes(Path.of(SAMPLE));
        NianbaoParser parser = NianbaoParser.of(ParseOptions.DEFAULT);
        AnnualReport expected = parser.parse(data, "x");
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            java.util.List<java.util.concurrent.Future<AnnualReport>> futures = new java.util.ArrayList<>();
            for (int i = 0; i < 32; i++) {
                futures.add(pool.submit(() -> parser.parse(data, "x")));
            }
            for (var f : futures) {
                assertEquals(expected.cells(), f.get().cells());
            }
        } finally {
            pool.shutdown();
        }
    }
}
