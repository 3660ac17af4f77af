package io.github.nianbao.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A row's rule is carried across a narrow cell where the scan shows it faint; not where the cell is blank. */
class RuleGapsTest {

    private static final int LEVEL = 220;

    /** Column rules at x = 100, 400 and 500 (300 dpi), a row rule found from 100 to 400 at y = 200. */
    private static List<PixelLine> lines() {
        return List.of(new PixelLine(false, 99, 101, 50, 350), new PixelLine(false, 399, 401, 50, 350),
                new PixelLine(false, 499, 501, 50, 350), new PixelLine(true, 199, 201, 100, 401));
    }

    private static PixelLine row(List<PixelLine> lines) {
        return lines.stream().filter(PixelLine::horizontal).findFirst().orElseThrow();
    }

    @Test
    void aFaintRuleAcrossTheLastCellIsCarriedToItsColumnRule() {
        GrayImage g = GrayImage.blank(700, 400);
        g.fill(402, 199, 499, 202, 200); // grey: lighter than ink, darker than paper
        assertEquals(501, row(RuleGaps.bridged(lines(), g, LEVEL, 300)).end());
    }

    @Test
    void aBlankCellStopsTheRule() {
        GrayImage g = GrayImage.blank(700, 400);
        assertEquals(401, row(RuleGaps.bridged(lines(), g, LEVEL, 300)).end());
    }

    @Test
    void textAcrossTheRulesHeightIsNotARule() {
        GrayImage g = GrayImage.blank(700, 400);
        g.fill(402, 185, 499, 215, 60); // a dark block (a character) both above and below the line's height
        assertEquals(401, row(RuleGaps.bridged(lines(), g, LEVEL, 300)).end());
    }

    @Test
    void theOtherHalfOfADoubleRuleIsNotTheNextColumn() {
        GrayImage g = GrayImage.blank(700, 400);
        g.fill(402, 199, 499, 202, 200);
        List<PixelLine> doubled = new java.util.ArrayList<>(lines());
        doubled.add(new PixelLine(false, 406, 408, 50, 350)); // 6 pixels beside the column rule at 400
        assertEquals(501, row(RuleGaps.bridged(doubled, g, LEVEL, 300)).end());
    }
}
