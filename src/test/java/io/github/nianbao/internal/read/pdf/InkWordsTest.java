package io.github.nianbao.internal.read.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.nianbao.internal.read.ocr.GrayImage;
import io.github.nianbao.internal.read.ocr.OcrWord;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of a scanned text line cut by its ink, on drawn lines: characters are filled boxes 50 pixels (an em)
 * high, the recogniser's character boxes deliberately off (as Tesseract's are). No Tesseract needed.
 */
class InkWordsTest {

    private static final int EM = 50;
    private static final int[] LINE = {0, 10, 1200, 60};

    /** A Chinese character's ink: a box from {@code x}, nearly an em wide. */
    private static void han(GrayImage g, int x) {
        g.fill(x + 2, 12, x + EM - 2, 58, 0);
    }

    private static OcrWord word(String text, int x0, int x1) {
        return new OcrWord(text, x0, 12, x1, 58, 95, 1, List.of());
    }

    private static List<String> texts(List<InkWords.Piece> pieces) {
        List<String> out = new ArrayList<>();
        for (InkWords.Piece p : pieces) {
            out.add(p.text());
        }
        return out;
    }

    @Test
    void charactersSetCloseAreOneWordAndAGapOfAThirdOfAnEmEndsIt() {
        GrayImage g = GrayImage.blank(1200, 80);
        han(g, 100);
        han(g, 150);
        han(g, 200);
        han(g, 264); // blank of 18 pixels + bearings: 0.34 em
        han(g, 314);
        // boxes as the recogniser gives them: one a pixel wide, one three characters wide
        List<OcrWord> words = List.of(word("本", 100, 150), word("年", 150, 151), word("制", 160, 300),
                word("总", 266, 312), word("计", 318, 360));
        List<InkWords.Piece> pieces = InkWords.pieces(g, LINE, words, EM, 3);
        assertEquals(List.of("本年制", "总计"), texts(pieces));
        assertEquals(102, pieces.get(0).box()[0]);
        assertEquals(248, pieces.get(0).box()[2]);
    }

    @Test
    void theBlankHalfOfPunctuationDoesNotEndAWord() {
        GrayImage g = GrayImage.blank(1200, 80);
        han(g, 100);
        g.fill(152, 48, 162, 58, 0); // a comma: ink at the bottom left of its em
        han(g, 200);
        List<OcrWord> words = List.of(word("的", 100, 150), word("，", 190, 196), word("只", 196, 197));
        assertEquals(List.of("的，只"), texts(InkWords.pieces(g, LINE, words, EM, 3)));
    }

    @Test
    void digitsWithWideSideBlanksStayOneNumber() {
        GrayImage g = GrayImage.blank(1200, 80);
        g.fill(110, 20, 118, 58, 0); // a serif 1: narrow ink in half an em
        g.fill(130, 20, 138, 58, 0); // 12 pixels on: blank of a quarter em
        g.fill(500, 20, 508, 58, 0); // the next column's 1
        List<OcrWord> words = List.of(word("1", 105, 120), word("1", 125, 140), word("1", 495, 510));
        assertEquals(List.of("11", "1"), texts(InkWords.pieces(g, LINE, words, EM, 3)));
    }

    @Test
    void inkNothingWasReadOnIsKeptUnread() {
        GrayImage g = GrayImage.blank(1200, 80);
        han(g, 100);
        for (int i = 0; i < 30; i++) { // a slash the recogniser missed
            g.fill(420 + i / 2, 55 - i, 423 + i / 2, 56 - i, 0);
        }
        List<InkWords.Piece> pieces = InkWords.pieces(g, LINE, List.of(word("规", 100, 150)), EM, 3);
        assertEquals(2, pieces.size());
        assertTrue(pieces.get(1).words().isEmpty());
        assertTrue(BandWords.isNumber("", pieces.get(1), EM), "a digit's size: read again as a number");
        g.fill(700, 50, 702, 51, 0); // speckle: two pixels
        assertEquals(2, InkWords.pieces(g, LINE, List.of(word("规", 100, 150)), EM, 3).size());
    }

    @Test
    void aNumberCloseAfterALabelThatFillsItsColumnIsCutOff() {
        GrayImage g = GrayImage.blank(1200, 80);
        han(g, 100);
        han(g, 150);
        g.fill(207, 14, 214, 56, 0); // a slash 7 pixels (0.14 em) after the label's ink
        List<OcrWord> words = List.of(word("文", 100, 150), word("件", 150, 200), word("/", 180, 214));
        assertEquals(List.of("文件", "/"), texts(InkWords.pieces(g, LINE, words, EM, 3)));
        // within running text, a number after Chinese characters set close stays in the word
        GrayImage close = GrayImage.blank(1200, 80);
        han(close, 100);
        close.fill(150, 14, 160, 56, 0);
        assertEquals(List.of("年1"), texts(InkWords.pieces(close, LINE,
                List.of(word("年", 100, 150), word("1", 150, 160)), EM, 3)));
    }

    @Test
    void aNarrowStrokeBesideABlankKeepsItsWord() {
        GrayImage g = GrayImage.blank(1200, 80);
        han(g, 100); // 总
        g.fill(166, 14, 176, 56, 0); // the 讠 of 计, 18 pixels (0.36 em) on
        g.fill(184, 12, 212, 58, 0);
        han(g, 300); // the next cell: 0.7 em on
        List<OcrWord> words = List.of(word("总", 100, 150), word("计", 160, 212), word("合", 300, 350));
        assertEquals(List.of("总计", "合"), texts(InkWords.pieces(g, LINE, words, EM, 3)));
    }

    @Test
    void onlyNumbersStandingApartAreValues() {
        List<OcrWord> none = List.of();
        List<InkWords.Piece> row = List.of(new InkWords.Piece(new int[] {0, 0, 300, 50}, none),
                new InkWords.Piece(new int[] {400, 0, 420, 50}, none),
                new InkWords.Piece(new int[] {520, 0, 540, 50}, none));
        assertTrue(BandWords.isolated(row, 1, EM));
        assertTrue(BandWords.isolated(row, 2, EM), "the line's last word");
        List<InkWords.Piece> text = List.of(new InkWords.Piece(new int[] {0, 0, 300, 50}, none),
                new InkWords.Piece(new int[] {315, 0, 325, 50}, none),
                new InkWords.Piece(new int[] {340, 0, 390, 50}, none));
        assertFalse(BandWords.isolated(text, 1, EM), "年 1 月: a number in running text");
        List<InkWords.Piece> cut = List.of(new InkWords.Piece(new int[] {0, 0, 300, 50}, none),
                new InkWords.Piece(new int[] {307, 0, 315, 50}, none, true));
        assertTrue(BandWords.isolated(cut, 1, EM), "cut off the end of a label");
    }

    @Test
    void numbersAreToldFromText() {
        InkWords.Piece p = new InkWords.Piece(new int[] {0, 0, 20, 40}, List.of(word("x", 0, 1)));
        assertTrue(BandWords.isNumber("1,454", p, EM));
        assertTrue(BandWords.isNumber("/", p, EM));
        assertTrue(BandWords.isNumber("1/", p, EM));
        assertFalse(BandWords.isNumber("规章", p, EM));
        assertFalse(BandWords.isNumber("2025年", p, EM));
        InkWords.Piece dot = new InkWords.Piece(new int[] {0, 30, 6, 36}, List.of());
        assertFalse(BandWords.isNumber("", dot, EM), "a dot nothing was read on is not a number");
        InkWords.Piece narrow = new InkWords.Piece(new int[] {0, 0, (int) (0.3 * EM), 40}, List.of(word("工", 0, 1)));
        assertTrue(BandWords.isNumber("工", narrow, EM), "a lone 1 read as 工: its ink is a third of an em wide");
        InkWords.Piece wide = new InkWords.Piece(new int[] {0, 0, (int) (0.9 * EM), 40}, List.of(word("其", 0, 1)));
        assertFalse(BandWords.isNumber("其", wide, EM), "a Chinese character of a header split over two lines");
    }

    @Test
    void glyphsOfAWordAreSetSideBySideAcrossItsInk() {
        List<OcrWord> words = List.of(word("规", 100, 101), word("章", 101, 300), word("1", 200, 210));
        WordGlyphs sizes = new WordGlyphs(words, 72.0 / 300);
        List<Glyph> glyphs = sizes.glyphs(new InkWords.Piece(new int[] {100, 12, 225, 58}, words));
        assertEquals(3, glyphs.size());
        double scale = 72.0 / 300;
        assertEquals(100 * scale, glyphs.get(0).x(), 1e-6);
        for (int i = 1; i < glyphs.size(); i++) {
            assertEquals(glyphs.get(i - 1).right(), glyphs.get(i).x(), 1e-6, "no gap inside a word");
        }
        assertEquals(225 * scale, glyphs.get(2).right(), 1e-6);
        assertTrue(glyphs.get(0).width() > glyphs.get(2).width(), "a Chinese character is wider than a digit");
    }
}
