package io.github.nianbao.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.NianbaoParser;
import io.github.nianbao.ParseOptions;
import io.github.nianbao.model.Format;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkTest {

    @Test
    void meanOfTheFastestHalf() {
        assertEquals(1.0, Benchmark.fastHalfMean(new long[] {5, 1, 3}));
        assertEquals(1.5, Benchmark.fastHalfMean(new long[] {4, 1, 3, 2}));
        assertEquals(7.0, Benchmark.fastHalfMean(new long[] {7}));
    }

    @Test
    void measuresEachFormatAndLeavesOutDocumentsThatFail() throws Exception {
        byte[] txt = Files.readAllBytes(Path.of("testdata/golden/r9001/r9001.txt"));
        byte[] html = Files.readAllBytes(Path.of("testdata/golden/r9002/r9002.html"));
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 0};
        byte[] brokenPdf = "%PDF-1.4\nnot a pdf".getBytes(StandardCharsets.US_ASCII);
        BenchResult r = new Benchmark(NianbaoParser.of(ParseOptions.DEFAULT), 2, 1).run(List.of(
                new BenchInput("a.txt", txt), new BenchInput("b.html", html), new BenchInput("c.png", png),
                new BenchInput("d.pdf", brokenPdf)));

        assertEquals(List.of(Format.HTML, Format.TXT), r.timings().stream().map(FormatTiming::format).toList());
        assertEquals(2, r.docs().size());
        for (FormatTiming t : r.timings()) {
            assertEquals(1, t.docs());
            assertTrue(t.fullMs() > 0 && t.bareMs() > 0, t.toString());
            assertEquals(0, t.pagesPerDoc());
        }
        assertEquals(List.of("c.png", "d.pdf"), r.failures().stream().map(BenchFailure::name).toList());
        assertEquals("sniff", r.failures().get(0).stage());
        assertEquals("full", r.failures().get(1).stage());
    }

    @Test
    void bareExtractionCountsPdfPages() throws Exception {
        byte[] pdf = Files.readAllBytes(Path.of("testdata/golden/r9001/r9001.pdf"));
        BareExtraction.Extracted e = BareExtraction.extract(Format.PDF, pdf);
        assertTrue(e.pages() >= 1 && e.chars() > 1000, e.toString());
    }

    @Test
    void warmUpGoesOnUntilItsTimeHasPassed() throws Exception {
        byte[] txt = Files.readAllBytes(Path.of("testdata/golden/r9001/r9001.txt"));
        long start = System.nanoTime();
        BenchResult r = new Benchmark(NianbaoParser.of(ParseOptions.DEFAULT), 1, 2, Duration.ofMillis(300))
                .run(List.of(new BenchInput("a.txt", txt)));
        assertTrue(System.nanoTime() - start >= 300_000_000L);
        assertTrue(r.warmup() > 2, "rounds run: " + r.warmup());
        BenchResult counted = new Benchmark(NianbaoParser.of(ParseOptions.DEFAULT), 1, 2, Duration.ZERO)
                .run(List.of(new BenchInput("a.txt", txt)));
        assertEquals(2, counted.warmup());
    }

    @Test
    void rejectsNoRounds() {
        assertThrows(IllegalArgumentException.class,
                () -> new Benchmark(NianbaoParser.of(ParseOptions.DEFAULT), 0, 0));
    }
}
