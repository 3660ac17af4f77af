package io.github.nianbao.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Reading Tesseract's TSV and hOCR output, and running the program: time limit, missing program, temp files. */
class TesseractOutputTest {

    @Test
    void tsvWordsWithBoxesConfidencesAndLines() {
        String tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n"
                + "1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n"
                + "5\t1\t1\t1\t1\t1\t10\t20\t30\t40\t95.5\t规章\n"
                + "5\t1\t1\t1\t1\t2\t50\t20\t10\t40\t88\t0\n"
                + "5\t1\t1\t1\t2\t1\t10\t80\t30\t40\t-1\t \n"
                + "5\t2\t1\t1\t1\t1\t1\t2\t3\t4\t70\t17\n";
        List<List<OcrWord>> pages = TsvParser.pages(tsv);
        assertEquals(2, pages.size());
        List<OcrWord> first = pages.get(0);
        assertEquals(2, first.size(), "blank words are skipped");
        assertEquals("规章", first.get(0).text());
        assertEquals(40, first.get(0).x1());
        assertEquals(60, first.get(0).y1());
        assertEquals(95.5, first.get(0).confidence(), 1e-9);
        assertEquals(first.get(0).line(), first.get(1).line());
        assertEquals("17", pages.get(1).get(0).text());
    }

    @Test
    void hocrCharactersWithTheirChoices() {
        String hocr = """
                <html><body><div class='ocr_page' id='page_1' title='bbox 0 0 200 80'>
                <span class='ocr_line' id='line_1_1' title="bbox 5 0 249 79">
                <span class='ocrx_word' id='word_1_1' title='bbox 5 0 249 79; x_wconf 0'>
                 <span class='ocrx_cinfo' title='x_bboxes 10 5 30 45; x_conf 66.3'>1</span>
                 <span class='ocrx_cinfo' id='lstm_choices_1_1_1'>
                  <span class='ocrx_cinfo' id='choice_1_1_1' title='x_confs 66.3'>1</span>
                  <span class='ocrx_cinfo' id='choice_1_1_2' title='x_confs 20'>7</span>
                 </span>
                 <span class='ocrx_cinfo' title='x_bboxes 32 5 52 45; x_conf 97'>7</span>
                </span></span></div>
                <div class='ocr_page' id='page_2' title='bbox 0 0 10 10'></div></body></html>""";
        List<List<OcrWord>> pages = HocrParser.pages(hocr);
        assertEquals(2, pages.size());
        List<OcrWord> chars = pages.get(0);
        assertEquals(2, chars.size());
        assertEquals("1", chars.get(0).text());
        assertEquals(10, chars.get(0).x0());
        assertEquals(66.3, chars.get(0).confidence(), 1e-9);
        assertEquals(List.of("1", "7"), chars.get(0).symbols().get(0).choices().stream()
                .map(OcrWord.Choice::text).toList());
        assertEquals(1, chars.get(1).symbols().get(0).choices().size(), "a character without choices has itself");
        assertTrue(pages.get(1).isEmpty());
    }

    @Test
    void aMissingProgramIsReportedNotThrown() {
        String problem = Tesseract.problem("/nonexistent/nianbao-test-tesseract");
        assertTrue(problem.contains("cannot be run"), problem);
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aProgramOverItsTimeLimitIsKilledAndItsFilesRemoved(@TempDir Path dir) throws IOException {
        Path slow = dir.resolve("slow-tesseract");
        Files.writeString(slow, "#!/bin/sh\nsleep 30\n");
        Files.setPosixFilePermissions(slow, PosixFilePermissions.fromString("rwx------"));
        Path temp = Files.createDirectory(dir.resolve("tmp"));
        long start = System.nanoTime();
        OcrFailure f = assertThrows(OcrFailure.class, () -> new Tesseract(slow.toString(), temp)
                .read(GrayImage.blank(20, 20), new OcrRequest("chi_sim", 7, 300, "", OcrRequest.Output.WORDS),
                        300_000_000L));
        assertEquals(OcrFailure.Kind.TIMEOUT, f.kind());
        assertTrue(System.nanoTime() - start < 10_000_000_000L, "killed, not waited for");
        assertEquals(0, tempFiles(temp), "temporary files removed");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aFailingProgramGivesItsMessage(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad-tesseract");
        Files.writeString(bad, "#!/bin/sh\necho 'Error: no such language' >&2\nexit 1\n");
        Files.setPosixFilePermissions(bad, PosixFilePermissions.fromString("rwx------"));
        OcrFailure f = assertThrows(OcrFailure.class, () -> new Tesseract(bad.toString())
                .read(GrayImage.blank(20, 20), new OcrRequest("chi_sim", 7, 300, "", OcrRequest.Output.WORDS),
                        5_000_000_000L));
        assertEquals(OcrFailure.Kind.FAILED, f.kind());
        assertTrue(f.getMessage().contains("no such language"), f.getMessage());
        assertFalse(Tesseract.problem(bad.toString()).isEmpty(), "no chi_sim in its language list");
    }

    private static long tempFiles(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.count();
        }
    }
}
