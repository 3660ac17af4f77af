package io.github.nianbao.internal.read.ocr;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

/** Faint rule remnants along a cell's sides are cut off its inside; the cell's characters are not. */
class RemnantsTest {

    private static final int LEVEL = 220;

    /** A cell inside of 100 x 40 pixels at (50, 50) with a digit 1 (a stroke 30 pixels high) near its left side. */
    private static GrayImage cell() {
        GrayImage g = GrayImage.blank(200, 140);
        g.fill(53, 55, 56, 85, 40);
        return g;
    }

    @Test
    void aFaintBorderAlongTheRightAndBottomSidesIsCutOff() {
        GrayImage g = cell();
        g.fill(144, 50, 146, 90, 200); // the light right border of an inset cell border, 4 pixels inside
        g.fill(50, 87, 150, 88, 200); // and its bottom border
        int[] in = Remnants.trim(g, new int[] {50, 50, 150, 90}, LEVEL, 8);
        // past the run and the pixel beside it (a line not quite straight)
        assertArrayEquals(new int[] {50, 50, 143, 86}, in);
    }

    @Test
    void aDigitBesideTheSideStays() {
        GrayImage g = cell();
        int[] box = {50, 50, 150, 90};
        assertArrayEquals(box, Remnants.trim(g, box, LEVEL, 8));
    }

    @Test
    void aDigitFillingATightCellStays() {
        GrayImage g = GrayImage.blank(200, 140);
        g.fill(52, 52, 55, 81, 40); // 29 of 34 pixels (with the pixel either side): less than nine tenths
        int[] box = {50, 50, 150, 84};
        assertArrayEquals(box, Remnants.trim(g, box, LEVEL, 8));
    }

    @Test
    void aBrokenRemnantIsStillOne() {
        GrayImage g = cell();
        g.fill(146, 50, 147, 70, 190);
        g.fill(147, 70, 148, 88, 190); // one pixel off after a break of two
        int[] in = Remnants.trim(g, new int[] {50, 50, 150, 90}, LEVEL, 8);
        assertArrayEquals(new int[] {50, 50, 146, 90}, in);
    }
}
