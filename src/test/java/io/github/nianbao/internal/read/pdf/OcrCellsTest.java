package io.github.nianbao.internal.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.internal.read.ocr.OcrWord;
import io.github.nianbao.model.Box;
import io.github.nianbao.model.OcrReading;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the readings of a scanned cell are combined and corrected, and where its box lies on the page. */
class OcrCellsTest {

    private static CellReading.Candidate read(String text, double conf) {
        return new CellReading.Candidate(text, conf, List.of());
    }

    @Test
    void agreeingReadingsAreSure() {
        CellReading r = CellReading.combine(List.of(read("17", 95), read("17", 91), read("17", 88)));
        assertEquals("17", r.text());
        assertFalse(r.reading().doubtful());
        assertEquals(0.95, r.reading().confidence(), 1e-9);
    }

    @Test
    void theMajorityWinsAndTheOtherReadingStays() {
        CellReading r = CellReading.combine(List.of(read("7", 96), read("17", 92), read("17", 90)));
        assertEquals("17", r.text());
        assertEquals("7", r.reading().alternatives().get(0).text());
        assertFalse(r.reading().doubtful(), "two confident readings out of three");
        CellReading weak = CellReading.combine(List.of(read("7", 96), read("17", 60), read("17", 55)));
        assertTrue(weak.reading().doubtful(), "agreeing but unsure readings against a confident one");
    }

    @Test
    void threeDifferentReadingsAreDoubtful() {
        CellReading r = CellReading.combine(List.of(read("8", 90), read("3", 80), read("9", 70)));
        assertTrue(r.reading().doubtful());
        assertEquals(2, r.reading().alternatives().size());
    }

    @Test
    void inkNoReadingCouldReadIsUnreadable() {
        CellReading r = CellReading.combine(List.of(read("", 0), read("", 0), read("", 0)));
        assertEquals(CellReading.UNREADABLE, r.text());
        assertTrue(r.reading().doubtful());
    }

    @Test
    void aLoneChineseCharacterGivesWayToAgreeingDigits() {
        CellReading r = CellReading.combine(List.of(read("工", 97), read("1", 90), read("1", 85)));
        assertEquals("1", r.text());
        CellReading none = CellReading.combine(List.of(read("无", 97), read("7", 90), read("7", 85)));
        assertEquals("无", none.text(), "无 is a zero mark of its own, which the number readings cannot read");
    }

    @Test
    void aSlashRecognisedByItsShapeBeatsOcrsOne() {
        List<CellReading.Candidate> c = new ArrayList<>(List.of(read("/", 80), read("1", 90), read("1", 95)));
        c.add(CellReading.Candidate.ofShape("/"));
        CellReading r = CellReading.combine(c);
        assertEquals("/", r.text());
        assertFalse(r.reading().doubtful(), "a reading saw a zero mark too");
        CellReading alone = CellReading.combine(List.of(read("1", 90), read("1", 95),
                CellReading.Candidate.ofShape("/")));
        assertEquals("/", alone.text());
        assertTrue(alone.reading().doubtful(), "only digits were read besides the shape");
    }

    @Test
    void unsureDigitsGiveTheirCandidatesAsAlternatives() {
        List<OcrWord.Symbol> symbols = List.of(
                new OcrWord.Symbol("1", 98, List.of(new OcrWord.Choice("1", 98))),
                new OcrWord.Symbol("7", 60, List.of(new OcrWord.Choice("7", 60), new OcrWord.Choice("1", 30))));
        List<OcrReading.Alternative> alts = CellReading.substitutions("17", symbols);
        assertEquals("11", alts.get(0).text());
    }

    private static Glyph ch(String t, double x, double conf, String... choices) {
        List<OcrReading.Alternative> alts = new ArrayList<>();
        for (String c : choices) {
            alts.add(new OcrReading.Alternative(c, 0));
        }
        return new Glyph(t, x, 100, 10, 10, false, new OcrReading(conf, conf < 0.8, alts));
    }

    private static List<Glyph> chars(String text, double conf) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < text.length(); i++) {
            out.add(ch(text.substring(i, i + 1), i * 11, conf));
        }
        return out;
    }

    @Test
    void aLabelOneCandidateAwayIsCorrected() {
        List<Glyph> g = chars("行政处罚", 0.99);
        g.set(3, ch("放", 33, 0.95, "罚"));
        Glyph fixed = LabelLexicon.correct(g);
        assertNotNull(fixed);
        assertEquals("行政处罚", fixed.text());
        assertEquals("行政处放", fixed.ocr().alternatives().get(0).text());
    }

    @Test
    void aLabelIsNotCorrectedWithoutEvidence() {
        assertNull(LabelLexicon.correct(chars("行政处罚", 0.99)), "already a label");
        assertNull(LabelLexicon.correct(chars("本列数据的勾稽关系", 0.99)), "not near any label");
        assertNull(LabelLexicon.correct(chars("行政宣放", 0.99)), "two confident characters are not replaced");
        Glyph one = LabelLexicon.correct(chars("行政处放", 0.99));
        assertNotNull(one, "one confident character, one label near, every other far");
        assertEquals("行政处罚", one.text());
    }

    @Test
    void boxesMapBackToThePageAsPrinted() {
        ScanGeometry level = new ScanGeometry(600, 800, 0);
        Box b = level.toPage(100, 200, 150, 220);
        assertEquals(100, b.x0(), 1e-3);
        assertEquals(220, b.y1(), 1e-3);
        ScanGeometry turned = new ScanGeometry(600, 800, 1.0);
        Box t = turned.toPage(300, 400, 300, 400);
        assertEquals(300, t.x0(), 1e-3, "the centre does not move");
        Box corner = turned.toPage(500, 400, 510, 410);
        assertTrue(corner.y0() > 400, "right of the centre, a page that fell to the right lies lower: " + corner);
    }
}
