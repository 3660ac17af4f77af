package io.github.nianbao.internal.read.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextJoinTest {

    /** The range short cuts of {@link TextJoin#isHan} agree with the script table on every character. */
    @Test
    void isHanAgreesWithTheScriptTable() {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            boolean han = c >= 0x3400 && Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
            assertEquals(han, TextJoin.isHan((char) c), Integer.toHexString(c));
        }
    }

    @Test
    void hanCountSkipsPunctuationAndLatin() {
        assertEquals(5, TextJoin.hanCount("政府信息，（一）abc 123"));
    }
}
